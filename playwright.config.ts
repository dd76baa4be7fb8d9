import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the production build (search only exists there), served by
// scripts/serve.mjs. scripts/e2e.mjs finds a Chromium and passes it in PODLAB_CHROMIUM.
const port = Number(process.env.E2E_PORT ?? 3210);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const executablePath = process.env.PODLAB_CHROMIUM || process.env.CHROMIUM_PATH || process.env.CHROME_PATH || undefined;

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  retries: 0,
  fullyParallel: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        // Chromium's sandbox cannot start as root (CI containers); elsewhere keep it.
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        // The test machine may have no internet: stop Chromium from reaching out on its own.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --quiet`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
