import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, collectErrors, disableTransitions, gotoInColorMode, horizontalOverflow } from './helpers';
import { decodePng } from './png';

// Heavy pages (wide kubectl output, events tables, cluster views, the playground) at a phone, a tablet
// and a laptop width, in both themes and both locales.
const heavy = [
  '/docs/lifecycle/restarts',
  '/docs/lifecycle/phases',
  '/docs/troubleshooting',
  '/docs/cluster/rollouts',
  '/playground',
];
const widths = [360, 768, 1366] as const;
const themes = ['light', 'dark'] as const;
const TERMINALS = '[role="region"][class^="terminal_"]';

type Rgb = [number, number, number];
const parseRgb = (css: string): Rgb => {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
/** WCAG 2.1 relative luminance and contrast ratio. */
const luminance = ([r, g, b]: Rgb): number => {
  const f = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
export const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Lowest contrast between any text colour inside a terminal and the terminal's background colour. */
async function terminalContrast(box: Locator): Promise<{ min: number; pairs: string[] }> {
  const { bg, colours } = await box.evaluate((el) => {
    const seen = new Set<string>();
    for (const node of [el, ...el.querySelectorAll('*')]) {
      const hasText = [...node.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
      if (hasText) seen.add(getComputedStyle(node).color);
    }
    return { bg: getComputedStyle(el).backgroundColor, colours: [...seen] };
  });
  const back = parseRgb(bg);
  const pairs = colours.map((c) => `${c} on ${bg}: ${contrast(parseRgb(c), back).toFixed(2)}`);
  return { min: Math.min(...colours.map((c) => contrast(parseRgb(c), back))), pairs };
}

/**
 * The scroll cue: at a clipped edge the terminal's background differs from its plain colour (sampled in
 * its top padding, where there is no text); at an edge the content reaches, it does not.
 */
async function edgeCue(box: Locator): Promise<{ left: number; right: number }> {
  const bg = parseRgb(await box.evaluate((el) => getComputedStyle(el).backgroundColor));
  const png = decodePng(await box.screenshot({ animations: 'disabled', caret: 'hide' }));
  const sample = (x: number) => Math.max(...[3, 4, 5].map((y) => distance(png.at(x, y), bg)));
  return { left: sample(3), right: sample(png.width - 4) };
}

/**
 * Makes every live example of the page live first: an example swaps its server HTML for the editor when the
 * reader scrolls to it, which would detach the boxes under test midway.
 */
async function activateAll(page: Page): Promise<void> {
  const blocks = page.locator('[data-live-example]');
  const total = await blocks.count();
  for (let i = 0; i < total; i++) {
    await blocks.nth(i).scrollIntoViewIfNeeded();
    await blocks.nth(i).hover();
  }
  await expect(page.locator('[data-live-ready]')).toHaveCount(total, { timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const locale of ['fr', 'en'] as const) {
  for (const base of heavy) {
    const pathname = locale === 'en' ? `/en${base}` : base;
    test(`phones: ${pathname} at 360, 768 and 1366 px, light and dark: no sideways page scroll, terminals scroll in place with a cue, contrast, axe`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const errors = collectErrors(page);
      const lowest: Record<string, number> = {};
      for (const theme of themes) {
        await page.setViewportSize({ width: 360, height: 740 });
        await gotoInColorMode(page, pathname, theme);
        await disableTransitions(page);
        await activateAll(page);
        for (const width of widths) {
          await test.step(`${theme}, ${width} px`, async () => {
            await page.setViewportSize({ width, height: width === 1366 ? 768 : 844 });
            await settle(page);
            expect(await horizontalOverflow(page), 'px the page is wider than the viewport').toBeLessThanOrEqual(0);

            const boxes = page.locator(TERMINALS);
            const n = await boxes.count();
            if (base !== '/playground') expect(n, 'terminal boxes on the page').toBeGreaterThan(0);
            let overflowing = 0;
            for (let i = 0; i < n; i++) {
              const box = boxes.nth(i);
              // Focusable, named: keyboards and screen readers reach every column.
              await expect(box).toHaveAttribute('tabindex', '0');
              expect((await box.getAttribute('aria-label'))?.trim(), 'accessible name').toBeTruthy();
              const { min, pairs } = await terminalContrast(box);
              expect(min, pairs.join('; ')).toBeGreaterThanOrEqual(4.5);
              lowest[theme] = Math.min(lowest[theme] ?? Infinity, min);

              const { scrollWidth, clientWidth } = await box.evaluate((el) => ({
                scrollWidth: el.scrollWidth,
                clientWidth: el.clientWidth,
              }));
              // A few clipped boxes per width are screenshotted (the others are styled alike). The shadow shows in
              // full once 12 px (its width) are clipped.
              if (scrollWidth > clientWidth + 16 && overflowing < 3) {
                overflowing++;
                await box.evaluate((el) => (el.scrollLeft = 0));
                await box.scrollIntoViewIfNeeded();
                const start = await edgeCue(box);
                const what = `${await box.getAttribute('aria-label')} (${scrollWidth - clientWidth} px clipped)`;
                expect(start.right, `shadow at the clipped right edge of ${what}`).toBeGreaterThan(25);
                expect(start.left, 'no shadow at the left edge, not clipped').toBeLessThan(8);
                // The keyboard scrolls it.
                await box.focus();
                await page.keyboard.press('ArrowRight');
                await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
                await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
                await settle(page);
                const end = await edgeCue(box);
                expect(end.left, 'shadow at the clipped left edge').toBeGreaterThan(25);
                expect(end.right, 'no shadow at the right edge once scrolled to the end').toBeLessThan(8);
                await box.evaluate((el) => (el.scrollLeft = 0));
              }
            }
            // At a laptop width, describe's Events table shows its Message column whole (wrapped, not clipped).
            if (width === 1366) {
              for (const box of await page.locator(`${TERMINALS}:has([data-event-row])`).all()) {
                const clipped = await box.evaluate((el) => {
                  const right = el.getBoundingClientRect().right;
                  return [...el.querySelectorAll('[data-event-row] > :last-child')].filter(
                    (m) => m.getBoundingClientRect().right > right + 0.5,
                  ).length;
                });
                expect(clipped, 'event messages running past the box').toBe(0);
                expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
              }
            }
            if (width === 360) {
              expect(await axeViolations(page, { colourOnly: theme === 'dark' }), `axe, ${theme}`).toEqual([]);
            }
          });
        }
      }
      console.log(
        `${pathname}: lowest terminal text contrast light ${lowest.light?.toFixed(2) ?? '-'}, dark ${lowest.dark?.toFixed(2) ?? '-'}`,
      );
      expect(errors).toEqual([]);
    });
  }
}
