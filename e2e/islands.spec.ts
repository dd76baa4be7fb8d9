import { expect, test } from '@playwright/test';
import { collectErrors, gotoHydrated, gotoInColorMode } from './helpers';

// Code blocks are server-rendered islands (src/theme/CodeBlock): coloured in the HTML (text plus CSS
// highlights, no element per token), taken over by the theme's block (with Prism, copy and wrap
// buttons) only when the reader interacts.
const PAGE = '/docs/containers/images';
const island = '[data-code-island]';

test('code blocks: highlighted before any interaction, copy button once the reader points at one', async ({ page }) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await gotoHydrated(page, PAGE);
  const first = page.locator(island).first();
  await expect(first.locator('pre.prism-code .token'), 'no element per token in the server HTML').toHaveCount(0);
  await expect(first.locator('pre.prism-code [data-hl]').first()).toBeAttached();
  expect(
    await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('plc-')).length),
    'theme colours painted as highlights',
  ).toBeGreaterThan(1);
  await expect(page.locator(`${island} button`), 'no theme buttons before interaction').toHaveCount(0);
  const before = scripts.length;

  await first.scrollIntoViewIfNeeded();
  await first.hover();
  await expect(first.getByRole('button').first()).toBeAttached({ timeout: 10_000 });
  expect(scripts.length, 'the highlighter is fetched on interaction').toBeGreaterThan(before);
  await expect(first.locator('pre.prism-code .token').first()).toBeAttached();
  expect(errors).toEqual([]);
});

test('code blocks: dark mode gets the dark theme without interaction', async ({ page }) => {
  const errors = collectErrors(page);
  await gotoInColorMode(page, PAGE, 'dark');
  const pre = page.locator(`${island} pre.prism-code`).first();
  await expect
    .poll(async () => pre.evaluate((el) => getComputedStyle(el).backgroundColor), { timeout: 10_000 })
    .not.toBe('rgb(246, 248, 250)');
  expect(errors).toEqual([]);
});

test('code blocks: highlighted after a client-side navigation', async ({ page }) => {
  const errors = collectErrors(page);
  await gotoHydrated(page, '/docs/intro');
  await page.evaluate((to) => {
    // A click on an in-site link: Docusaurus' router renders the page on the client.
    const a = document.querySelector<HTMLAnchorElement>(`a[href="${to}"]`);
    if (!a) throw new Error(`no link to ${to}`);
    a.click();
  }, PAGE);
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.locator(`${island} pre.prism-code .token`).first()).toBeAttached({ timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('live examples: the server HTML colours the code with CSS highlights, one text node per block', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.route('**/*.js', (r) => r.abort()); // what a reader sees before any script file runs
  await page.goto('/docs/lifecycle/restarts');
  const pre = page.locator('[data-live-example] pre').first();
  await expect(pre).toHaveAttribute('data-hl', /pl-keyword:/);
  expect(await pre.evaluate((el) => el.childNodes.length), 'the code is one text node').toBe(1);
  // Every range covers a whole token of its kind: the offsets written at build time match the text.
  const painted = await page.evaluate(() =>
    Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])),
  );
  expect(painted['pl-keyword']?.length).toBeGreaterThan(0);
  for (const word of painted['pl-keyword'])
    expect(word).toMatch(
      /^(const|let|var|return|true|false|null|undefined|new|for|of|if|else|try|catch|delete|function|await|async)$/,
    );
  for (const text of painted['pl-string'].filter((t) => t.startsWith("'"))) expect(text).toMatch(/^'[^'\n]*'$/);
  for (const text of painted['pl-number']) expect(text).toMatch(/^[0-9_.e]+$/);
  // The colour reaches the screen: the keyword highlight resolves to the editor's keyword colour.
  expect(await pre.evaluate((el) => getComputedStyle(el, '::highlight(pl-keyword)').color)).toBe('rgb(179, 38, 30)');
  expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
});

test('the page is painted before the app scripts are requested', async ({ page }) => {
  const errors = collectErrors(page);
  await gotoHydrated(page, '/docs/probes/kinds');
  const { fcp, scriptStart } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    scriptStart: Math.min(
      ...performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(r.name))
        .map((r) => r.startTime),
    ),
  }));
  expect(fcp).toBeGreaterThan(0);
  expect(scriptStart).toBeGreaterThan(fcp);
  expect(errors).toEqual([]);
});
