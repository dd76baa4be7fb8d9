import { expect, test } from '@playwright/test';
import { collectErrors, gotoHydrated } from './helpers';

// The cluster pages (issue 5): every example rendered by the server, in both languages, with the
// cluster views; the time cursor of ClusterView moves; no console errors.
const pages = ['replication', 'rollouts', 'disruptions-and-drains', 'node-failure', 'jobs'];
const minExamples: Record<string, number> = {
  replication: 3,
  rollouts: 6,
  'disruptions-and-drains': 6,
  'node-failure': 3,
  jobs: 7,
};

for (const locale of ['fr', 'en'] as const) {
  for (const slug of pages) {
    const pathname = `${locale === 'en' ? '/en' : ''}/docs/cluster/${slug}`;
    test(`cluster page ${pathname}: examples rendered, views present, no console errors`, async ({ page }) => {
      const errors = collectErrors(page);
      await gotoHydrated(page, pathname);
      await expect(page.locator('h1').first()).toBeVisible();
      const results = page.locator('[data-live-result]');
      expect(await results.count(), 'live examples').toBeGreaterThanOrEqual(minExamples[slug]);
      for (let i = 0; i < (await results.count()); i++) {
        const r = results.nth(i);
        await expect(r.locator('[data-live-error]'), `example ${i + 1} has no error`).toHaveCount(0);
        expect((await r.innerText()).trim().length, `example ${i + 1} shows a result`).toBeGreaterThan(20);
      }
      // kubectl output of the cluster views: multi-kind watch lines are prefixed by their type.
      if (slug !== 'disruptions-and-drains')
        await expect(page.getByText(/kubectl get (rs,pods|sts,pods|jobs,pods|pods|rs|jobs) -w/).first()).toBeVisible();
      if (slug === 'disruptions-and-drains') {
        await expect(page.getByText('(will retry after 5s)').first()).toBeVisible();
        await expect(page.getByText(/node\/node-1 drained/).first()).toBeVisible();
      }
      if (slug === 'jobs') await expect(page.getByText(/job\.batch\/report +Failed/).first()).toBeVisible();
      if (slug === 'node-failure')
        await expect(page.getByText('node.kubernetes.io/unreachable:NoExecute').first()).toBeVisible();
      // A warning callout corrects the notes on every page.
      await expect(page.locator('.theme-admonition-warning').first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test(`ClusterView time cursor (${locale})`, async ({ page }) => {
    const errors = collectErrors(page);
    await gotoHydrated(page, `${locale === 'en' ? '/en' : ''}/docs/cluster/node-failure`);
    const block = page.locator('[data-live-example]').first().locator('xpath=..');
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    await expect(block.locator('[data-live-ready]')).toHaveCount(1, { timeout: 15_000 });
    const slider = block.locator('input[type="range"]').first();
    await expect(slider).toBeVisible();
    const out = block.locator('output').first();
    const before = await out.innerText();
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(out).not.toHaveText(before);
    await expect(out).toHaveText('t = 0 s');
    // At t = 0 every node is Ready and no Pod is Terminating.
    await expect(block.getByText('NotReady', { exact: true })).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(block.getByText('NotReady', { exact: true }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}
