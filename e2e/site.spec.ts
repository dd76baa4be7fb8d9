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

test('home page: what PodLab is, and the two ways in', async ({ page }) => {
  for (const [home, read, tryIt] of [
    ['/', 'Commencer la lecture', 'Essayer dans le bac à sable'],
    ['/en/', 'Start reading', 'Try it in the playground'],
  ] as const) {
    await gotoHydrated(page, home);
    await expect(page.getByRole('heading', { level: 1, name: 'PodLab' })).toBeVisible();
    await expect(page.locator('main')).toContainText('1.35');
    const readLink = page.getByRole('link', { name: read });
    const tryLink = page.getByRole('link', { name: tryIt });
    // Both calls to action are above the fold on a laptop screen.
    await expect(readLink).toBeInViewport();
    await expect(tryLink).toBeInViewport();
    await expect(readLink).toHaveAttribute('href', home === '/' ? '/docs/intro' : '/en/docs/intro');
    await expect(tryLink).toHaveAttribute('href', home === '/' ? '/playground' : '/en/playground');
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
