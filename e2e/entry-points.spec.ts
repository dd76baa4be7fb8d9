import { expect, test } from '@playwright/test';
import { collectErrors, gotoHydrated } from './helpers';

// Pages a reader reaches from outside the site: a search link shared or bookmarked, a dead link.
for (const { locale, prefix, query, hit, title, searchLabel } of [
  {
    locale: 'fr',
    prefix: '',
    query: 'sonde',
    hit: /sonde/i,
    title: 'Page introuvable',
    searchLabel: 'Rechercher dans la documentation',
  },
  {
    locale: 'en',
    prefix: '/en',
    query: 'probe',
    hit: /probe/i,
    title: 'Page Not Found',
    searchLabel: 'Search the documentation',
  },
] as const) {
  test(`search page opened at ${prefix}/search?q=${query} shows its results (${locale})`, async ({ page }) => {
    const errors = collectErrors(page);
    await gotoHydrated(page, `${prefix}/search?q=${query}`);
    const input = page.locator('input[name="q"]');
    await expect(input).toHaveValue(query);
    await expect(input).toHaveAccessibleName(locale === 'fr' ? 'Rechercher' : 'Search');
    const results = page.locator('article h2 a');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toHaveText(hit);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(errors).toEqual([]);
  });

  test(`404 page in ${locale}: search box and entry points`, async ({ page }) => {
    const response = await page.goto(`${prefix}/docs/no-such-page`);
    expect(response?.status()).toBe(404);
    await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const links = page.locator('main ul a');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href?.startsWith(`${prefix}/`), `${href} stays in the ${locale} site`).toBe(true);
    }
    const search = page.getByRole('searchbox', { name: searchLabel });
    await search.fill(query);
    await search.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${prefix}/search`);
    await expect(page.locator('article h2 a').first()).toHaveText(hit);
  });
}
