#!/usr/bin/env node
// Finds a Chromium for the browser tests, in this order:
//   $CHROMIUM_PATH, $CHROME_PATH, /usr/bin/chromium (Debian), then Playwright's own download.
// As a CLI it prints the path, or explains how to get a browser and exits 1.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @returns {Promise<{path: string, source: string} | {path: null, reason: string}>} */
export async function findBrowser(env = process.env) {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const value = env[name];
    if (!value) continue;
    if (isExecutable(value)) return { path: value, source: `$${name}` };
    return { path: null, reason: `$${name} is set to "${value}", which is not an executable file.` };
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (isExecutable(candidate)) return { path: candidate, source: candidate };
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && isExecutable(own)) return { path: own, source: 'Playwright download' };
  } catch {
    // @playwright/test missing or no browser registry entry: fall through to the message below.
  }
  return {
    path: null,
    reason: 'No Chromium found ($CHROMIUM_PATH, $CHROME_PATH, /usr/bin/chromium, Playwright download).',
  };
}

export const HOW_TO_GET_ONE = [
  'Install one of these, then run the command again:',
  '  Debian/Ubuntu:   sudo apt-get update && sudo apt-get install -y chromium',
  '  any system:      npx playwright install chromium',
  '  or point to an existing one:  CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
].join('\n');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findBrowser();
  if (found.path) {
    console.log(found.path);
  } else {
    console.error(`${found.reason}\n${HOW_TO_GET_ONE}`);
    process.exit(1);
  }
}
