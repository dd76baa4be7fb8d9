import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectErrors, gotoInColorMode } from './helpers';

// The container diagram under a simulation (SimulationView folds it in a <details>), on a concept page,
// at phone and desktop widths, in both colour modes and both languages.
const cases = [360, 1366].flatMap((width) =>
  (['fr', 'en'] as const).flatMap((locale) => (['light', 'dark'] as const).map((mode) => ({ width, locale, mode }))),
);

interface Rect {
  text: string;
  kind: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

for (const { width, locale, mode } of cases) {
  test(`state diagram at ${width}px, ${locale}, ${mode}: labels apart, follows the cursor, axe`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height: 900 });
    await gotoInColorMode(page, `${locale === 'en' ? '/en' : ''}/docs/containers/images`, mode);

    // Load the runner of the first example that has a diagram (pointing at it does), then open the diagram.
    const block = page
      .locator('[data-live-example]')
      .locator('xpath=..')
      .filter({ has: page.locator('[data-diagram]') })
      .first();
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    const live = block.locator('[data-live-ready]');
    await expect(live).toHaveCount(1, { timeout: 15_000 });
    const details = live.locator('details:has([data-diagram])').first();
    await details.locator('summary').click();
    const figure = details.locator('[data-diagram="container"][data-ready]');
    await expect(figure.locator('svg')).toBeVisible();

    // No text of the diagram (states, event labels, line by line) overlaps another, nor a state's box.
    const boxes: Rect[] = await figure.evaluate((fig) => {
      const out: Rect[] = [];
      const add = (el: Element, kind: string) => {
        const r = el.getBoundingClientRect();
        out.push({ text: el.textContent ?? '', kind, x: r.x, y: r.y, w: r.width, h: r.height });
      };
      fig.querySelectorAll('[data-state] text').forEach((el) => add(el, 'state'));
      fig.querySelectorAll('[data-edge-label] tspan').forEach((el) => add(el, 'label'));
      fig.querySelectorAll('[data-state] rect').forEach((el) => add(el, 'box'));
      return out;
    });
    const texts = boxes.filter((b) => b.kind !== 'box');
    expect(texts.filter((b) => b.kind === 'label').length).toBeGreaterThan(20);
    const over = (a: Rect, b: Rect) =>
      a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
    const clashes: string[] = [];
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++)
        if (over(texts[i], texts[j])) clashes.push(`${texts[i].text} / ${texts[j].text}`);
    for (const l of texts.filter((b) => b.kind === 'label'))
      for (const n of boxes.filter((b) => b.kind === 'box')) if (over(l, n)) clashes.push(`${l.text} on a state`);
    expect(clashes).toEqual([]);

    // The current state follows the cursor: one state at the start, another one a few steps on.
    const current = figure.locator('[aria-current="step"]');
    await expect(current).toHaveCount(1);
    const controls = live.locator('[role="group"]').first();
    await controls.getByRole('button', { name: locale === 'fr' ? 'Aller au début' : 'Go to the start' }).click();
    await expect(current).toHaveAttribute('data-state', /\w/);
    const atStart = await current.getAttribute('data-state');
    const next = controls.getByRole('button', { name: locale === 'fr' ? 'Étape suivante' : 'Next step' });
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await next.click();
      seen.add((await current.getAttribute('data-state')) ?? '');
    }
    expect([...seen].filter((s) => s !== atStart).length).toBeGreaterThan(0);
    // The path taken so far is lit: at least one transition drawn as travelled.
    expect(await figure.locator('[class*="edgeDone"]').count()).toBeGreaterThan(0);
    await expect(figure).toHaveAttribute('data-ready', '');

    const axe = await new AxeBuilder({ page })
      .include('[data-diagram]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    expect(errors).toEqual([]);
  });
}
