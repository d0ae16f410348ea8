import { allowFailures, expect, test } from './fixtures';

test('the built page carries a strict Content-Security-Policy, and what it refuses fails a test', async ({
  page,
}) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

  // A style attribute written as markup is refused, and the watch every test runs under reports it.
  allowFailures(/policy violation: .*style-src/);
  const reported = page.waitForEvent('console', (msg) =>
    /Content-Security-Policy violation: style-src/.test(msg.text()),
  );
  const colour = await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p id="refused" style="color: rgb(255, 0, 0)">refused</p>',
    );
    return getComputedStyle(document.getElementById('refused')!).color;
  });
  expect(colour).not.toBe('rgb(255, 0, 0)');
  await reported;
});
