import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browserPath';
import { E2E_OUT_DIR as outDir, E2E_PORT as port } from './e2e/buildDir';

// Several people (or helpers) can run browser tests at once, each on its own port and build folder.
const browser = await findChromium();
// Workers load this file too; the main process says once which browser runs the tests.
if (!process.env.TEST_WORKER_INDEX)
  process.stdout.write(`Browser tests use ${browser.path} (${browser.source}).\n`);

export default defineConfig({
  testDir: 'e2e',
  // The live-authoring spec runs against the dev server: playwright.live.config.ts.
  testIgnore: /\.live\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Three on two cores: the pages wait on the game's pacing more than they compute (CI used under half the CPU
  // with two), so a third worker shortens the suite by about a tenth.
  workers: 3,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    // The game's service worker would cache every file for every test and answer requests before page.route
    // sees them: it runs only where a test allows it (e2e/offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browser.path,
      // Sound waits for a gesture here as in a player's browser.
      args: [...CHROMIUM_ARGS, '--autoplay-policy=user-gesture-required'],
    },
    // A failed test keeps its trace (every action, the console, the network) and a screenshot. The trace's
    // screencast and DOM snapshots are left out: on two cores they doubled the suite's CPU time.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: true },
    screenshot: 'only-on-failure',
  },
  webServer: {
    // A production build with the read-only test hooks (mode e2e), served as a player would get it.
    command: `npx vite build --mode e2e --logLevel warn --outDir ${outDir} && npx vite preview --mode e2e --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
