import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers';

// The "Ctrl K" hint is drawn over the search input's right end: the placeholder must end before it.
for (const path of ['/docs/intro', '/en/docs/intro']) {
  test(`navbar search placeholder is not covered by the shortcut hint (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await gotoHydrated(page, path);
    const input = page.locator('input.navbar__search-input');
    const hint = page.locator('.navbar [class*="searchHintContainer"]');
    await expect(hint).toBeVisible();
    const { textEnd, hintStart } = await input.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const box = el.getBoundingClientRect();
      const hintBox = el.parentElement!.querySelector('[class*="searchHintContainer"]')!.getBoundingClientRect();
      return {
        textEnd: box.left + parseFloat(style.paddingLeft) + ctx.measureText(el.placeholder).width,
        hintStart: hintBox.left,
      };
    });
    expect(textEnd, 'placeholder end vs hint start (px)').toBeLessThanOrEqual(hintStart);
    // The input's text area itself stops before the hint too (typed text is not hidden under it).
    const textAreaEnd = await input.evaluate(
      (el) => el.getBoundingClientRect().right - parseFloat(getComputedStyle(el).paddingRight),
    );
    expect(textAreaEnd).toBeLessThanOrEqual(hintStart);
  });
}
