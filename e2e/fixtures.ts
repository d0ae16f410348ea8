import { type BrowserContext, test as base, expect, type Page, type TestInfo } from '@playwright/test';

const allowedByTest = new WeakMap<TestInfo, RegExp[]>();

/** Declares a failure the current test provokes on purpose (a missing file, a broken scenario). */
export function allowFailures(pattern: RegExp): void {
  const info = test.info();
  allowedByTest.set(info, [...(allowedByTest.get(info) ?? []), pattern]);
}

/** The browser's report of a refused resource or inline code, and the page's own (below). */
const POLICY = /Content[- ]Security[- ]Policy/;

/**
 * Every page of the context fails its test on a Content-Security-Policy violation: each is a console error (the
 * page reports the `securitypolicyviolation` events itself, as the browser does not log every one).
 */
async function watchPolicy(context: BrowserContext, problems: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' && POLICY.test(msg.text())) problems.push(`policy violation: ${msg.text()}`);
  });
}

/**
 * Every test fails on a console error, a page error or a failed request that it did not declare, and on any
 * Content-Security-Policy violation: the whole suite is a play-through under the built page's policy.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, browser }, use, testInfo) => {
      const problems: string[] = [];
      await watchPolicy(page.context(), problems);
      // Contexts a test opens itself (another device, another viewport) are held to the policy too.
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const context = await newContext.apply(browser, args);
        await watchPolicy(context, problems);
        return context;
      };
      page.on('console', (msg) => {
        // A policy violation is counted once, by its context's watch.
        if (msg.type() === 'error' && !POLICY.test(msg.text())) problems.push(`console error: ${msg.text()}`);
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
      try {
        await use(undefined);
      } finally {
        browser.newContext = newContext;
      }
      const allowed = allowedByTest.get(testInfo) ?? [];
      const unexpected = problems.filter((p) => !allowed.some((a) => a.test(p)));
      expect(unexpected, 'console errors, failed requests or policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * A picture of the screen in the report, when asked for (`E2E_SCREENSHOTS=1`): each one costs the suite time on
 * two cores, and a failing test keeps its own screenshot anyway (playwright.config.ts).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await test
    .info()
    .attach(name, { body: await page.screenshot({ animations: 'disabled' }), contentType: 'image/png' });
}

export async function stateOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.__envoy?.state());
}
