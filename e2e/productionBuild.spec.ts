import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const bundleText = (dir: string) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .join('\n');

test('the player build carries no test hooks; the e2e build does', () => {
  expect(bundleText('dist')).not.toContain('__envoy');
  expect(bundleText('dist-e2e')).toContain('__envoy');
});

test('offline play carries no network code: the live session’s client is a chunk of its own, never fetched offline', async ({
  page,
}) => {
  const entry = /src="\.\/assets\/(index-[^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  expect(entry).toBeTruthy();
  const first = readFileSync(join('dist', 'assets', entry!), 'utf8');
  const live = readdirSync(join('dist', 'assets')).filter((f) => f.startsWith('studentLink-'));
  expect(live).toHaveLength(1);
  // The network library's own words are in the live chunk, and not in the one every player loads.
  const sdkWords = 'onMessage() not registered';
  expect(readFileSync(join('dist', 'assets', live[0]!), 'utf8')).toContain(sdkWords);
  expect(first).not.toContain(sdkWords);

  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#ui[data-screen="briefing"]')).toBeVisible();
  expect(fetched.some((path) => path.includes('studentLink'))).toBe(false);
});
