import {expect, test} from '@playwright/test';
import {collectErrors, gotoHydrated, gotoInColorMode} from './helpers';

// Code blocks are server-rendered islands (src/theme/CodeBlock): highlighted in the HTML, taken over by
// the theme's block (with Prism, copy and wrap buttons) only when the reader interacts.
const PAGE = '/docs/containers/images';
const island = '[data-code-island]';

test('code blocks: highlighted before any interaction, copy button once the reader points at one', async ({page}) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await gotoHydrated(page, PAGE);
  const first = page.locator(island).first();
  await expect(first.locator('pre.prism-code .token').first()).toBeAttached();
  await expect(page.locator(`${island} button`), 'no theme buttons before interaction').toHaveCount(0);
  const before = scripts.length;

  await first.scrollIntoViewIfNeeded();
  await first.hover();
  await expect(first.getByRole('button').first()).toBeAttached({timeout: 10_000});
  expect(scripts.length, 'the highlighter is fetched on interaction').toBeGreaterThan(before);
  await expect(first.locator('pre.prism-code .token').first()).toBeAttached();
  expect(errors).toEqual([]);
});

test('code blocks: dark mode gets the dark theme without interaction', async ({page}) => {
  const errors = collectErrors(page);
  await gotoInColorMode(page, PAGE, 'dark');
  const pre = page.locator(`${island} pre.prism-code`).first();
  await expect
    .poll(async () => pre.evaluate((el) => getComputedStyle(el).backgroundColor), {timeout: 10_000})
    .not.toBe('rgb(246, 248, 250)');
  expect(errors).toEqual([]);
});

test('code blocks: highlighted after a client-side navigation', async ({page}) => {
  const errors = collectErrors(page);
  await gotoHydrated(page, '/docs/intro');
  await page.evaluate((to) => {
    // A click on an in-site link: Docusaurus' router renders the page on the client.
    const a = document.querySelector<HTMLAnchorElement>(`a[href="${to}"]`);
    if (!a) throw new Error(`no link to ${to}`);
    a.click();
  }, PAGE);
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.locator(`${island} pre.prism-code .token`).first()).toBeAttached({timeout: 10_000});
  expect(errors).toEqual([]);
});

test('live examples: the server HTML colours the code with one element per run, not per token', async ({page}) => {
  const errors = collectErrors(page);
  await page.route('**/*.js', (r) => r.abort()); // what a reader sees before any script runs
  await page.goto('/docs/lifecycle/restarts');
  const pre = page.locator('[data-live-example] pre').first();
  await expect(pre.locator('.token.keyword').first()).toBeAttached();
  await expect(pre.locator('.token.punctuation, .token.plain, .token-line')).toHaveCount(0);
  // Runs are maximal: a span is never followed directly by another span of the same colour.
  const split = await pre.evaluate((el) =>
    [...el.querySelectorAll('span')].filter((s) => s.nextSibling instanceof HTMLSpanElement && s.nextSibling.className === s.className).length);
  expect(split).toBe(0);
  expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
});

test('the page is painted before the app scripts are requested', async ({page}) => {
  const errors = collectErrors(page);
  await gotoHydrated(page, '/docs/probes/kinds');
  const {fcp, scriptStart} = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    scriptStart: Math.min(...performance.getEntriesByType('resource').filter((r) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(r.name)).map((r) => r.startTime)),
  }));
  expect(fcp).toBeGreaterThan(0);
  expect(scriptStart).toBeGreaterThan(fcp);
  expect(errors).toEqual([]);
});
