import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const buildDir = path.join(__dirname, '..', 'build');

/** Path names listed in build/sitemap.xml (French) and build/en/sitemap.xml (English). */
export function sitemapPaths(locale: 'fr' | 'en'): string[] {
  const file = path.join(buildDir, locale === 'fr' ? '' : 'en', 'sitemap.xml');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the browser tests.`);
  const xml = fs.readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  if (paths.length === 0) throw new Error(`${file} lists no page`);
  return paths;
}

/** Collects console errors and uncaught exceptions from the moment it is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** Opens a page and waits until React has hydrated it (Docusaurus sets data-has-hydrated). */
export async function gotoHydrated(page: Page, pathname: string): Promise<void> {
  const response = await page.goto(pathname, { waitUntil: 'load' });
  if (!response || response.status() >= 400) throw new Error(`${pathname} answered ${response?.status()}`);
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Sum of layout-shift scores since navigation (buffered), ignoring shifts caused by input. */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered asynchronously; two frames are enough.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

/** Rules whose outcome depends on the colour mode; the others give the same answer in light and dark. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe with the WCAG 2.1 A/AA rules (or only the colour rules, for a second colour mode of a page
 * already fully scanned) and returns one readable line per failing node.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (colourOnly) builder.withRules(COLOUR_RULES);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
    ),
  );
}

/**
 * Opens a page in a colour mode. `?docusaurus-theme=` is read by the same inline script that applies
 * the reader's stored choice before first paint (the storage key is namespaced per site in v4 mode).
 */
export async function gotoInColorMode(page: Page, pathname: string, mode: 'light' | 'dark'): Promise<void> {
  await gotoHydrated(page, `${pathname}${pathname.includes('?') ? '&' : '?'}docusaurus-theme=${mode}`);
  await page.locator(`html[data-theme="${mode}"]`).waitFor({ state: 'attached' });
}

/** Clicks the navbar's colour mode toggle (system → light → dark) until the page is dark. */
export async function switchToDarkMode(page: Page): Promise<void> {
  const html = page.locator('html');
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i++) {
    await page.locator('.navbar button[class*="toggleButton"]').first().click();
  }
  await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
}

/** Freezes CSS transitions so colour checks never see a half-faded element. */
export async function disableTransitions(page: Page): Promise<void> {
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
}

/** Width by which the page is wider than the viewport (0 = no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
