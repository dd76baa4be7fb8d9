import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, collectErrors, disableTransitions, gotoInColorMode } from './helpers';

// The timeline is the cursor control: click, drag and keys move the cursor, the other views follow,
// and its texts never overlap and stay ≥ 12 px, at a phone's, a tablet's and a laptop's width.
const cases = [
  // The 25-minute crash loop (a Timeline on its own: the list of states at the cursor follows it).
  { page: '/docs/lifecycle/restarts', end: 1500, pod: 'crash' },
  // A short init-container crash loop (a SimulationView: kubectl get -w follows the cursor).
  { page: '/docs/pods/init-and-sidecar-containers', end: 200, pod: 'shop' },
];

/** Boxes of every text of a timeline drawing that overlap another, and the smallest font size drawn. */
async function textBoxes(slider: Locator): Promise<{ overlaps: string[]; minFontPx: number; count: number }> {
  return slider.evaluate((el) => {
    const svg = el.querySelector('svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const nodes = [...svg.querySelectorAll('text')].flatMap((t) => {
      const spans = [...t.querySelectorAll('tspan')];
      return spans.length ? spans : [t];
    });
    const boxes = nodes
      .map((n) => ({
        text: n.textContent ?? '',
        r: n.getBoundingClientRect(),
        font: parseFloat(getComputedStyle(n).fontSize),
      }))
      .filter((b) => b.text.trim() !== '' && b.r.width > 0);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 0.5 && dy > 0.5) overlaps.push(`"${boxes[i].text}" / "${boxes[j].text}"`);
      }
    return { overlaps, minFontPx: Math.min(...boxes.map((b) => b.font * scale)), count: boxes.length };
  });
}

/** Loads the runner of the live block holding the timeline of `pod` and returns its live slider. */
async function liveTimeline(page: Page, end: number, pod: string): Promise<{ slider: Locator; result: Locator }> {
  const selector = `[data-timeline-slider][aria-valuemax="${end}"]`;
  const block = page.locator(selector).first().locator('xpath=ancestor::div[contains(@class, "root")][1]');
  await block.scrollIntoViewIfNeeded();
  await block.hover();
  await expect(block.locator('[data-live-ready]')).toHaveCount(1, { timeout: 15_000 });
  const slider = block.locator(`[data-live-ready] ${selector}`);
  await expect(slider).toHaveCount(1);
  await expect(slider).toHaveAttribute('aria-label', new RegExp(`\\b${pod}\\b`));
  return { slider, result: block.locator('[data-live-ready] [data-live-result]') };
}

const now = async (slider: Locator) => Number(await slider.getAttribute('aria-valuenow'));

for (const { page: docPath, end, pod } of cases)
  for (const locale of ['fr', 'en'] as const)
    for (const width of [360, 768, 1366]) {
      const pathname = locale === 'en' ? `/en${docPath}` : docPath;
      test(`timeline ${pathname} at ${width} px: steered by click, drag and keys; readable; accessible`, async ({
        page,
      }) => {
        const errors = collectErrors(page);
        await page.setViewportSize({ width, height: 900 });
        await gotoInColorMode(page, pathname, 'light');
        await disableTransitions(page);
        const { slider, result } = await liveTimeline(page, end, pod);
        // Laid out at its own width once measured: a box no wider than the page.
        await expect
          .poll(async () => (await slider.locator('svg').boundingBox())?.width ?? 0)
          .toBeLessThanOrEqual(width);

        await test.step('no overlapping text, every text ≥ 12 px', async () => {
          const { overlaps, minFontPx, count } = await textBoxes(slider);
          expect(count).toBeGreaterThan(2);
          expect(overlaps).toEqual([]);
          expect(minFontPx).toBeGreaterThanOrEqual(11.9);
        });

        await test.step('click and drag move the cursor, and the other views follow', async () => {
          // The live block can be taller than a phone's screen: bring the timeline itself into view.
          await slider.scrollIntoViewIfNeeded();
          const box = (await slider.locator('svg').boundingBox())!;
          const y = box.y + box.height / 2;
          const before = await result.innerText();
          await page.mouse.click(box.x + box.width * 0.15, y);
          const clicked = await now(slider);
          expect(clicked).toBeLessThan(end);
          await expect.poll(() => result.innerText()).not.toBe(before);
          const atClick = await result.innerText();
          await page.mouse.move(box.x + box.width * 0.15, y);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
          await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
          await page.mouse.up();
          expect(await now(slider)).toBeGreaterThan(clicked);
          await expect.poll(() => result.innerText()).not.toBe(atClick);
        });

        await test.step('keys: Home, ← → from event to event, Shift+→ by one second, End', async () => {
          await slider.focus();
          await page.keyboard.press('Home');
          expect(await now(slider)).toBe(0);
          await page.keyboard.press('ArrowRight');
          const first = await now(slider);
          expect(first).toBeGreaterThan(0);
          await expect(slider).toHaveAttribute('aria-valuetext', /\S+/);
          await page.keyboard.press('Shift+ArrowRight');
          expect(await now(slider)).toBeCloseTo(first + 1, 5);
          await page.keyboard.press('Home');
          let presses = 0;
          while ((await now(slider)) < end && presses < 100) {
            await page.keyboard.press('ArrowRight');
            presses++;
          }
          expect(presses, 'presses to cross the whole simulation').toBeLessThanOrEqual(30);
          test.info().annotations.push({ type: 'presses', description: `${pathname}: ${presses}` });
          await page.keyboard.press('ArrowLeft');
          expect(await now(slider)).toBeLessThan(end);
          await page.keyboard.press('End');
          expect(await now(slider)).toBe(end);
        });

        await test.step('a mark explains itself, with a link to its section', async () => {
          await slider.focus();
          await page.keyboard.press('Home');
          const card = slider.locator('xpath=following-sibling::*[@data-timeline-card]');
          let found = false;
          for (let i = 0; i < 40 && !found; i++) {
            await page.keyboard.press('ArrowRight');
            found = (await card.locator('a').count()) > 0;
          }
          expect(found, 'some event has a card with a link').toBe(true);
          const href = await card.locator('a').first().getAttribute('href');
          expect(href).toMatch(locale === 'en' ? /^\/en\/docs\/.+#.+/ : /^\/docs\/.+#.+/);
        });

        await test.step('axe WCAG 2.1 AA, light', async () => {
          expect(await axeViolations(page)).toEqual([]);
        });

        await test.step('dark: colours pass, texts still apart and ≥ 12 px', async () => {
          await gotoInColorMode(page, pathname, 'dark');
          await disableTransitions(page);
          const dark = await liveTimeline(page, end, pod);
          await expect
            .poll(async () => (await dark.slider.locator('svg').boundingBox())?.width ?? 0)
            .toBeLessThanOrEqual(width);
          const { overlaps, minFontPx } = await textBoxes(dark.slider);
          expect(overlaps).toEqual([]);
          expect(minFontPx).toBeGreaterThanOrEqual(11.9);
          expect(await axeViolations(page, { colourOnly: true })).toEqual([]);
        });

        expect(errors).toEqual([]);
      });
    }
