#!/usr/bin/env node
// Runs the Playwright tests against the production build with whatever Chromium this machine has.
// Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/site.spec.ts -g search`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, HOW_TO_GET_ONE } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const found = await findBrowser();
if (!found.path) {
  console.error(`Browser tests need Chromium. ${found.reason}\n${HOW_TO_GET_ONE}`);
  process.exit(1);
}
if (
  !fs.existsSync(path.join(root, 'build', 'sitemap.xml')) ||
  !fs.existsSync(path.join(root, 'build', 'en', 'sitemap.xml'))
) {
  console.error('No production build of both locales in build/. Run `npm run build` first.');
  process.exit(1);
}
console.log(`e2e: Chromium from ${found.source} (${found.path})`);

const cli = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const child = spawn(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // playwright.config.ts reads PODLAB_CHROMIUM for launchOptions.executablePath.
  env: { ...process.env, PODLAB_CHROMIUM: found.path },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
