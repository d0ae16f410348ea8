import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

const allowedByTest = new WeakMap<TestInfo, RegExp[]>();

/** Declares a failure the current test provokes on purpose (a missing file, a broken scenario). */
export function allowFailures(pattern: RegExp): void {
  const info = test.info();
  allowedByTest.set(info, [...(allowedByTest.get(info) ?? []), pattern]);
}

/** Every test fails on a console error, a page error or a failed request that it did not declare. */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page }, use, testInfo) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A request the test's own reload or navigation cut short is not a failure a player would see.
        if (request.failure()?.errorText.includes('ERR_ABORTED')) return;
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(undefined);
      const allowed = allowedByTest.get(testInfo) ?? [];
      const unexpected = problems.filter((p) => !allowed.some((a) => a.test(p)));
      expect(unexpected, 'console errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  await test
    .info()
    .attach(name, { body: await page.screenshot({ animations: 'disabled' }), contentType: 'image/png' });
}

export async function stateOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.__envoy?.state());
}
