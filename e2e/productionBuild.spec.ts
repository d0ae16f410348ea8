import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_OUT_DIR } from './buildDir';
import { expect, test } from './fixtures';

const bundleText = (dir: string) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .join('\n');

test('the player build carries no test hooks; the e2e build does', () => {
  expect(bundleText('dist')).not.toContain('__envoy');
  expect(bundleText(E2E_OUT_DIR)).toContain('__envoy');
});

test('offline play carries no network code: the live session’s client is in chunks of their own, never fetched offline', async ({
  page,
}) => {
  const assets = join('dist', 'assets');
  const entry = /src="\.\/assets\/(index-[^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  expect(entry).toBeTruthy();
  // The network library's own words are in a chunk of the live client's, and not in the one every player loads.
  const sdkWords = 'onMessage() not registered';
  const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const network = chunks.filter((f) => readFileSync(join(assets, f), 'utf8').includes(sdkWords));
  expect(network.length).toBeGreaterThan(0);
  expect(network).not.toContain(entry);
  expect(chunks.filter((f) => /^(studentLink|teacherLink)-/.test(f))).toHaveLength(2);

  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#ui[data-screen="briefing"]')).toBeVisible();
  const live = fetched.filter((f) => /^(studentLink|teacherLink)-/.test(f));
  expect(live).toEqual([]);
  // The e2e build's chunks are named as the player build's: none of the network ones was fetched.
  expect(fetched.filter((f) => network.some((n) => n.split('-')[0] === f.split('-')[0]))).toEqual([]);
});
