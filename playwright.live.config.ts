import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browserPath';

/**
 * Live authoring against the dev server (`vite`, as `npm start` runs it) on a loopback port of its own: files
 * saved in scenarios/ reach the open page without a reload. The other browser tests use a production build
 * (playwright.config.ts); `npm run test:e2e` runs both.
 */
const port = Number(process.env.LIVE_PORT ?? 5391);
const browser = await findChromium();

export default defineConfig({
  testDir: 'e2e',
  testMatch: /\.live\.spec\.ts$/,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/live',
  // Removes the test's scenario files from scenarios/ even when a run is cut short.
  globalTeardown: './e2e/liveCleanup.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    // As in playwright.config.ts: a failure keeps its trace and a screenshot, without screencast or DOM snapshots.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: true },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite --config e2e/vite.live.config.ts --host localhost --port ${port} --strictPort --logLevel warn`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
