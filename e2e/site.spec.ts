import { expect, test, type Page } from '@playwright/test';
import {
  axeViolations,
  collectErrors,
  cumulativeLayoutShift,
  disableTransitions,
  gotoHydrated,
  gotoInColorMode,
  horizontalOverflow,
  sitemapPaths,
  switchToDarkMode,
} from './helpers';

const pages = [...sitemapPaths('fr'), ...sitemapPaths('en')];

test('both sitemaps list the home page, the intro and the playground', () => {
  for (const p of ['/', '/docs/intro', '/playground', '/en/', '/en/docs/intro', '/en/playground']) {
    expect(pages, `sitemap entry ${p}`).toContain(p);
  }
});

/** The twin of a page in the other locale (French at /, English at /en/). */
function twinOf(pathname: string): string {
  if (pathname === '/en/' || pathname === '/en') return '/';
  if (pathname.startsWith('/en/')) return pathname.slice(3);
  return pathname === '/' ? '/en/' : `/en${pathname}`;
}

for (const pathname of pages) {
  test(`page ${pathname}: loads cleanly, accessible in light and dark, fits a 360 px phone`, async ({ page }) => {
    const errors = collectErrors(page);

    await test.step('loads and hydrates without console errors or layout shift', async () => {
      await gotoInColorMode(page, pathname, 'light');
      await expect(page.locator('h1').first()).toBeVisible();
      expect(await cumulativeLayoutShift(page), 'cumulative layout shift').toBeLessThan(0.1);
    });

    await test.step('the locale menu points to the twin page', async () => {
      const twin = twinOf(pathname);
      const link = page.locator(`.navbar a[lang^="${twin.startsWith('/en') ? 'en' : 'fr'}"]`).first();
      const href = await link.getAttribute('href');
      expect(href && new URL(href, 'http://x').pathname).toBe(twin);
    });

    await test.step('axe WCAG 2.1 AA, light mode', async () => {
      await disableTransitions(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('axe colour rules, dark mode (navbar toggle)', async () => {
      await switchToDarkMode(page);
      expect(await axeViolations(page, { colourOnly: true })).toEqual([]);
    });

    await test.step('no horizontal scroll at 360 px', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await horizontalOverflow(page), 'px wider than the viewport').toBeLessThanOrEqual(0);
    });

    expect(errors).toEqual([]);
  });
}

/** Opens the locale menu of the navbar and follows the link to `label`. */
async function switchLocale(page: Page, label: 'English' | 'Français'): Promise<void> {
  const menu = page.locator('.navbar__items--right .dropdown').filter({ has: page.locator('a[lang]') });
  await menu.hover();
  await menu.getByRole('link', { name: label, exact: true }).click();
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
}

// A real round trip through the menu on a few pages (every page's menu target is checked above).
for (const pathname of ['/', '/docs/intro', '/docs/probes/kinds', '/playground']) {
  test(`locale menu round trip from ${pathname}`, async ({ page }) => {
    await gotoHydrated(page, pathname);
    await switchLocale(page, 'English');
    await expect(page, 'the English twin').toHaveURL(pathname === '/' ? '/en/' : `/en${pathname}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await switchLocale(page, 'Français');
    await expect(page, 'back to the French page').toHaveURL(pathname);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  });
}

const searches: { locale: 'fr' | 'en'; query: string; section: RegExp; url: RegExp }[] = [
  { locale: 'fr', query: 'sonde', section: /Sondes/, url: /^\/docs\/probes\// },
  { locale: 'fr', query: 'sondes', section: /Sondes/, url: /^\/docs\/probes\// },
  { locale: 'fr', query: 'démarrage', section: /Sondes/, url: /^\/docs\/probes\// },
  { locale: 'fr', query: 'demarrage', section: /Sondes/, url: /^\/docs\/probes\// },
  { locale: 'fr', query: 'probe', section: /Sondes/, url: /^\/docs\/probes\// },
  { locale: 'fr', query: 'délai de grâce', section: /Arrêt des Pods/, url: /^\/docs\/termination\// },
  { locale: 'en', query: 'liveness', section: /Probes/, url: /^\/en\/docs\/probes\// },
  { locale: 'en', query: 'grace period', section: /Pod termination/, url: /^\/en\/docs\/termination\// },
  { locale: 'en', query: 'sonde', section: /Probes/, url: /^\/en\/docs\/probes\// },
];

for (const { locale, query, section, url } of searches) {
  test(`search (${locale}) "${query}" leads to ${section.source}`, async ({ page }) => {
    const errors = collectErrors(page);
    await gotoHydrated(page, locale === 'fr' ? '/' : '/en/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.pressSequentially(query, { delay: 20 });
    const options = page.getByRole('listbox').getByRole('option');
    // Each option shows the page's breadcrumb path (explicitSearchResultPath): match the section there.
    const hit = options.filter({ has: page.locator('[class*="hitPath"]', { hasText: section }) }).first();
    await expect(
      hit,
      `a result in ${section.source} among: ${await options.allInnerTexts().catch(() => [])}`,
    ).toBeVisible();
    await hit.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(url);
    expect(errors).toEqual([]);
  });
}

test('search UI is in French on the French site', async ({ page }) => {
  await gotoHydrated(page, '/docs/intro');
  const input = page.locator('input.navbar__search-input');
  await expect(input).toHaveAttribute('placeholder', 'Rechercher');
  // Its accessible name too: the plugin writes a literal English aria-label (fixed at bundle time).
  await expect(input).toHaveAccessibleName('Rechercher');
  await input.click();
  await input.pressSequentially('zzqxw', { delay: 20 });
  await expect(page.getByText('Aucun résultat')).toBeVisible();
  await gotoHydrated(page, '/en/docs/intro');
  await expect(input).toHaveAccessibleName('Search');
});

test('home page: what PodLab is, a live example above the fold, and the three ways in', async ({ page }) => {
  for (const [home, read, tryIt, fix] of [
    ['/', 'Commencer la lecture', 'Essayer dans le bac à sable', 'Diagnostiquer un symptôme'],
    ['/en/', 'Start reading', 'Try it in the playground', 'Troubleshoot a symptom'],
  ] as const) {
    const prefix = home === '/' ? '' : '/en';
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await gotoHydrated(page, home);
      await expect(page.getByRole('heading', { level: 1, name: 'PodLab' })).toBeVisible();
      await expect(page.locator('main')).toContainText('1.35');
      // The example runs above the fold: its manifest and its kubectl output with CrashLoopBackOff in view.
      const example = page.locator('[data-home-example]');
      const output = example.locator('[data-live-result] [role="region"]');
      await expect(example.locator('pre', { hasText: 'exit 1' }).first()).toBeInViewport();
      await expect(output).toContainText('CrashLoopBackOff');
      // The first CrashLoopBackOff line itself, not just the top of the box, is above the fold.
      const crashLine = await output.evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(), i = 0; n && i < 10_000; n = walker.nextNode(), i++) {
          const at = (n.textContent ?? '').indexOf('CrashLoopBackOff');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 'CrashLoopBackOff'.length);
          const r = range.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, right: r.right, viewport: window.innerHeight };
        }
        return undefined;
      });
      expect(crashLine, 'a CrashLoopBackOff line').toBeDefined();
      expect(crashLine!.bottom, `CrashLoopBackOff line above the fold at ${viewport.width} px`).toBeLessThanOrEqual(
        crashLine!.viewport,
      );
      expect(await cumulativeLayoutShift(page), `layout shift at ${viewport.width} px`).toBe(0);
      if (viewport.width === 1366) {
        // On a laptop the ways in are above the fold as well.
        for (const name of [read, tryIt, fix]) await expect(page.getByRole('link', { name })).toBeInViewport();
      }
    }
    await expect(page.getByRole('link', { name: read })).toHaveAttribute('href', `${prefix}/docs/pods/what-is-a-pod`);
    await expect(page.getByRole('link', { name: tryIt })).toHaveAttribute('href', `${prefix}/playground`);
    await expect(page.getByRole('link', { name: fix })).toHaveAttribute('href', `${prefix}/docs/troubleshooting`);
    // "Start reading" lands on a page that has an example.
    await page.getByRole('link', { name: read }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${prefix}/docs/pods/what-is-a-pod`);
    await expect(page.locator('[data-live-example]').first()).toBeVisible();
  }
});

test('home page example runs: CrashLoopBackOff, then out of it once the command is fixed', async ({ page }) => {
  for (const home of ['/', '/en/']) {
    const errors = collectErrors(page);
    await gotoHydrated(page, home);
    const example = page.locator('[data-home-example]');
    await example.hover();
    const live = example.locator('[data-live-ready]');
    await expect(live).toHaveCount(1, { timeout: 15_000 });
    const output = live.locator('[data-live-result]');
    await expect(output).toContainText('CrashLoopBackOff');
    const pre = live.locator('[data-live-editor] pre');
    const code = await pre.innerText();
    expect(code).toContain('"exit 1"');
    await pre.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(code.replace('exit 1', 'sleep 3600'));
    await page.keyboard.press('End');
    await expect(output).not.toContainText('CrashLoopBackOff');
    await expect(output).toContainText('Running');
    await expect(output).not.toContainText('Error');
    expect(errors).toEqual([]);
  }
});

test('home page loads no more JavaScript before interaction than a concept page', async ({ browser }) => {
  /** Bytes of the scripts fetched from navigation until the network is idle, with no input (scripts/measure.mjs). */
  const scriptBytes = async (pathname: string): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const p = await context.newPage();
    const sizes: Promise<number>[] = [];
    p.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') sizes.push(r.sizes().then((s) => s.responseBodySize));
    });
    await p.goto(pathname, { waitUntil: 'networkidle' });
    await p.waitForTimeout(800);
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await context.close();
    return total;
  };
  for (const [home, concept] of [
    ['/', '/docs/pods/what-is-a-pod'],
    ['/en/', '/en/docs/pods/what-is-a-pod'],
  ]) {
    const [h, c] = [await scriptBytes(home), await scriptBytes(concept)];
    console.log(`JS before interaction: ${home} ${h} B, ${concept} ${c} B`);
    expect(h, `${home} vs ${concept}`).toBeLessThanOrEqual(c);
  }
});

test('footer: documentation sections, playground, Kubernetes version, sources', async ({ page }) => {
  for (const [home, playground] of [
    ['/', 'Bac à sable'],
    ['/en/', 'Playground'],
  ] as const) {
    await gotoHydrated(page, home);
    const footer = page.locator('footer');
    await expect(footer).toContainText('Kubernetes 1.35');
    await expect(footer.getByRole('link', { name: playground })).toBeVisible();
    await expect(footer.locator('a[href*="github.com/kubernetes/kubernetes"]').first()).toBeVisible();
    expect(await footer.locator(`a[href^="${home === '/' ? '/docs/' : '/en/docs/'}"]`).count()).toBeGreaterThanOrEqual(
      5,
    );
  }
});
