import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, gotoHydrated } from './helpers';

/** URL paths of the docs pages of one locale, read from the docs folders (a `slug:` in front matter wins). */
function docsPaths(locale: 'fr' | 'en', withExamples = true): string[] {
  const base = path.join(__dirname, '..', locale === 'fr' ? 'docs' : 'i18n/en/docusaurus-plugin-content-docs/current');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(e.name) && !e.name.startsWith('_')) {
        const source = fs.readFileSync(full, 'utf8');
        if (source.includes('<LiveExample') !== withExamples) continue;
        const slug = /^---[\s\S]*?^slug:\s*(\S+)[\s\S]*?^---/m.exec(source)?.[1];
        let rel = path
          .relative(base, full)
          .replace(/\.mdx?$/, '')
          .split(path.sep)
          .join('/');
        rel = rel.replace(/(^|\/)(index|README)$/i, '');
        const url = slug
          ? slug.startsWith('/')
            ? slug
            : `${path.posix.dirname('/' + rel)}/${slug}`.replace(/^\/\.\//, '/')
          : `/${rel}`;
        out.push(`${locale === 'en' ? '/en' : ''}/docs${url === '/' ? '' : url.replace(/\/$/, '')}`);
      }
    }
  };
  walk(base);
  return out.sort();
}

// Every docs page of both locales that has live examples.
const docPages = [...docsPaths('fr'), ...docsPaths('en')];

// Only the reference pages (introduction, glossary) may have no live example; every concept page has some.
test('every concept page has live examples', () => {
  expect([...docsPaths('fr', false), ...docsPaths('en', false)].sort()).toEqual(
    ['/docs/glossary', '/docs/intro', '/en/docs/glossary', '/en/docs/intro'].sort(),
  );
});

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Loads the runner of a block (pointing at it does) and waits for the live editor. */
async function activate(block: Locator): Promise<Locator> {
  await block.scrollIntoViewIfNeeded();
  await block.hover();
  const live = block.locator('[data-live-ready]');
  await expect(live).toHaveCount(1, { timeout: 15_000 });
  return live;
}

/** Replaces an example's code as a reader would type it (see toolchain notes: End triggers the editor). */
async function typeCode(page: Page, live: Locator, code: string): Promise<void> {
  await live.locator('[data-live-editor] pre').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
  await page.keyboard.press('End');
}

for (const pathname of docPages) {
  test(`live examples on ${pathname}: server result, same result live, editable`, async ({ page }) => {
    const errors = collectErrors(page);
    await gotoHydrated(page, pathname);
    const blocks = page.locator('[data-live-example]').locator('xpath=ancestor::div[contains(@class, "root")][1]');
    const count = await page.locator('[data-live-example]').count();
    expect(count, 'live examples on the page').toBeGreaterThan(0);

    // Server-rendered: every block shows its code and a result before any script ran for it.
    const ssrResults: string[] = [];
    for (let i = 0; i < count; i++) {
      const result = page.locator('[data-live-result]').nth(i);
      await expect(result).toBeVisible();
      const text = normalise(await result.innerText());
      expect(text.length, `example ${i + 1} result`).toBeGreaterThan(20);
      await expect(result.locator('[data-live-error]'), `example ${i + 1} has no error`).toHaveCount(0);
      ssrResults.push(text);
    }

    // Live: each block, once loaded, shows the same result (the model is deterministic).
    for (let i = 0; i < count; i++) {
      const live = await activate(blocks.nth(i));
      await expect
        .poll(async () => normalise(await live.locator('[data-live-result]').innerText()), {
          message: `example ${i + 1} live`,
        })
        .toBe(ssrResults[i]);
    }

    // Editing the first example changes its result.
    const first = blocks.nth(0).locator('[data-live-ready]');
    await typeCode(page, first, 'render(<Value value={{ edited: 4242 }} />);');
    await expect(first.locator('[data-live-result]')).toContainText('edited: 4242');
    await first.locator('[data-live-reset]').click();
    await expect.poll(async () => normalise(await first.locator('[data-live-result]').innerText())).toBe(ssrResults[0]);

    expect(errors).toEqual([]);
  });
}

for (const locale of ['fr', 'en'] as const) {
  test(`live example errors (${locale}): syntax, thrown, infinite loop; keyboard exit`, async ({ page }) => {
    const errors = collectErrors(page);
    const pages = docPages.filter((p) => (locale === 'en') === p.startsWith('/en/'));
    let found = '';
    for (const p of pages) {
      const response = await page.goto(p, { waitUntil: 'load' });
      if (!response?.ok()) continue;
      await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
      if ((await page.locator('[data-live-example]').count()) > 0) {
        found = p;
        break;
      }
    }
    expect(found, 'a page with a live example').not.toBe('');
    const live = await activate(page.locator('[data-live-example]').first().locator('xpath=..'));
    const result = live.locator('[data-live-result]');
    const lineWord = locale === 'fr' ? 'ligne' : 'line';

    await typeCode(page, live, 'const x = 1;\nconst y = (x + ;\nrender(<Value value={y} />);');
    await expect(result.locator('[data-live-error="compile"]')).toContainText(`${lineWord} 2`);
    await expect(result.locator('[data-live-error="compile"]')).toContainText(
      locale === 'fr' ? 'Erreur de compilation' : 'Compile error',
    );

    await typeCode(page, live, 'const a = 1;\nthrow new Error("kaboom " + a);');
    await expect(result.locator('[data-live-error="runtime"]')).toContainText('kaboom 1');
    await expect(result.locator('[data-live-error="runtime"]')).toContainText(`${lineWord} 2`);

    const t0 = Date.now();
    await typeCode(page, live, 'let i = 0;\nwhile (true) { i++; }\nrender(<Value value={i} />);');
    await expect(result.locator('[data-live-error="timeout"]')).toBeVisible({ timeout: 5_000 });
    expect(Date.now() - t0, 'loop stopped within a few seconds').toBeLessThan(5_000);
    // The page still answers: the block can be reset and the navbar still works.
    await live.locator('[data-live-reset]').click();
    await expect(result.locator('[data-live-error]')).toHaveCount(0);
    await expect(page.locator('nav.navbar')).toBeVisible();

    // A block that renders nothing does not break the page.
    await typeCode(page, live, 'const nothing = 1;');
    await expect(result).toContainText(locale === 'fr' ? 'rien affiché' : 'rendered nothing');

    // Keyboard: Tab indents inside the editor; Escape then Tab leaves it.
    const editor = live.locator('[data-live-editor] pre');
    await editor.focus();
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
    await expect(editor).toHaveAttribute('aria-describedby', /.+/);

    expect(errors).toEqual([]);
  });
}

const PRESET_IDS = [
  'crashloop',
  'image-pull-secret',
  'liveness-slow-start',
  'startup-probe',
  'graceful-shutdown',
  'sigkill-shutdown',
  'init-failure',
  'sidecar-ordering',
];

for (const base of ['/playground', '/en/playground']) {
  test(`playground ${base}: every preset runs`, async ({ page }) => {
    const errors = collectErrors(page);
    await gotoHydrated(page, base);
    const result = page.locator('[data-playground-result]');
    for (const id of PRESET_IDS) {
      await page.locator('[data-playground-preset]').selectOption(id);
      await expect(result.getByRole('region', { name: /kubectl get pod -w/ })).toBeVisible();
      await expect(result.locator('[data-playground-problem]')).toHaveCount(0);
      await expect(result.locator('svg').first()).toBeVisible();
    }
    // The sidecar preset shows both containers on the timeline.
    await expect(result.locator('text').filter({ hasText: 'log-shipper (sidecar)' })).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

test('playground: bad YAML and invalid fields are reported with line and fields', async ({ page }) => {
  const errors = collectErrors(page);
  await gotoHydrated(page, '/en/playground');
  const pod = page.locator('[data-playground-pod]');
  await pod.fill(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: app\n    image: [unclosed\n',
  );
  await page.locator('[data-playground-run]').click();
  const problem = page.locator('[data-playground-problem="pod"]');
  await expect(problem).toContainText(/line \d+, column \d+/);
  await pod.fill(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: app\n',
  );
  await page.locator('[data-playground-run]').click();
  await expect(problem.locator('li')).not.toHaveCount(0);
  expect(await problem.locator('li').count()).toBeGreaterThanOrEqual(2);
  await page.locator('[data-playground-scenario]').fill('behavior:\n  app:\n    exitAfter: 5\nbogus: 1\n');
  await page.locator('[data-playground-run]').click();
  const sp = page.locator('[data-playground-problem="scenario"]');
  await expect(sp).toContainText('behavior.app.exitAfter');
  await expect(sp).toContainText('bogus');
  expect(errors).toEqual([]);
});

test('playground: a share link shows the scenario and runs nothing until Run', async ({ page, context }) => {
  const errors = collectErrors(page);
  await gotoHydrated(page, '/playground');
  await page.locator('[data-playground-preset]').selectOption('sidecar-ordering');
  const scenario = await page.locator('[data-playground-scenario]').inputValue();
  await page.locator('[data-playground-scenario]').fill(scenario.replace('at: 30', 'at: 33'));
  await page.locator('[data-playground-share]').click();
  const url = await page.locator('[data-playground-share-url]').inputValue();
  expect(url).toMatch(/\/playground#[sj]=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  const otherErrors = collectErrors(other);
  await gotoHydrated(other, url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('[data-playground-shared]')).toBeVisible();
  await expect(other.locator('[data-playground-scenario]')).toHaveValue(/at: 33/);
  await expect(other.locator('[data-playground-pod]')).toHaveValue(/log-shipper/);
  // Nothing ran: no simulation output at all.
  await expect(other.locator('[data-playground-result]').locator('svg, pre')).toHaveCount(0);
  await other.locator('[data-playground-run]').click();
  await expect(
    other.locator('[data-playground-result]').getByRole('region', { name: /kubectl get pod -w/ }),
  ).toContainText('with-sidecar');
  await expect(other.locator('[data-playground-result]')).toContainText('33s');
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});
