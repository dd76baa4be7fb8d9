import { expect, test } from '@playwright/test';
import { collectErrors, gotoHydrated } from './helpers';

// Docusaurus internals swapped at bundle time (src/replacements, docusaurus.config.ts): these tests
// pin the behaviour a reader relies on, so an upgrade that moves those modules is caught here.

const PHONE = { width: 390, height: 844 };

for (const [locale, pathname, back] of [
  ['fr', '/docs/lifecycle/restarts', 'Retour au menu principal'],
  ['en', '/en/docs/lifecycle/restarts', 'Back to main menu'],
] as const) {
  test(`phone (${locale}): the menu opens on this page's doc sidebar, and goes back to the main menu`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(PHONE);
    await gotoHydrated(page, pathname);
    await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
    await page.getByRole('button', { name: /navigation/i }).click();
    const items = page.locator('.navbar-sidebar__items');
    await expect(items).toHaveClass(/navbar-sidebar__items--show-secondary/);
    await expect(
      page.locator(`.navbar-sidebar a.menu__link--active[aria-current="page"][href="${pathname}"]`),
    ).toBeVisible();
    await page.getByRole('button', { name: back }).click();
    await expect(items).not.toHaveClass(/navbar-sidebar__items--show-secondary/);
    expect(errors).toEqual([]);
  });
}

test('window size: the layout follows a resize between phone and desktop', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, '/docs/probes/kinds');
  const sidebar = page.locator('.theme-doc-sidebar-container');
  await expect(sidebar).toBeVisible();
  await page.setViewportSize(PHONE);
  await expect(sidebar).toBeHidden();
  await expect(page.locator('button.navbar__toggle')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(sidebar.locator('.menu__link--active[aria-current="page"]')).toHaveAttribute(
    'href',
    '/docs/probes/kinds',
  );
  expect(errors).toEqual([]);
});

test('prefetch: the chunks of linked pages are requested, each file once', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, '/docs/lifecycle/restarts');
  // Prefetching waits for idle time: poll until the sidebar's links have been handled.
  await expect.poll(() => page.locator('link[rel="prefetch"]').count(), { timeout: 10_000 }).toBeGreaterThan(5);
  await page.waitForTimeout(500);
  const hrefs = await page
    .locator('link[rel="prefetch"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs.length, `duplicates in ${hrefs.join(' ')}`).toBe(new Set(hrefs).size);
  expect(errors).toEqual([]);
});

for (const pathname of ['/docs/lifecycle/restarts', '/en/docs/probes/kinds', '/playground']) {
  test(`boot (${pathname}): the page's HTML lists its route's chunks; each script is requested once`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const scripts: string[] = [];
    const all: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname;
      if (!file.endsWith('.js')) return;
      all.push(file);
      if (request.resourceType() === 'script') scripts.push(file);
    });
    const html = await (await page.request.get(pathname)).text();
    const listed = [...html.matchAll(/"((?:\/en)?\/assets\/js\/[^"]+\.js)"/g)].map((m) => m[1]);
    await gotoHydrated(page, pathname);
    await page.waitForTimeout(1000); // links are prefetched in idle time
    // Entry files (runtime, main, React DOM, search) and at least one chunk of the route itself.
    expect(listed.length, listed.join(' ')).toBeGreaterThan(4);
    // Every script the boot needed came from that list: none was discovered and appended later.
    expect(
      scripts.filter((file) => !listed.includes(file)),
      'scripts not in the page HTML',
    ).toEqual([]);
    expect(
      all.filter((file, i) => all.indexOf(file) !== i),
      'requested twice',
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
}
