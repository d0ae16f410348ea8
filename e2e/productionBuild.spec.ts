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

test('the title loads no scenario reader: shipped scenarios come checked, the YAML and schema libraries later', async ({
  page,
}) => {
  const assets = join('dist', 'assets');
  const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const holding = (words: string) =>
    chunks.filter((f) => readFileSync(join(assets, f), 'utf8').includes(words)).map((f) => f.split('-')[0]);
  // Words of the YAML library's and of the schema library's own messages.
  const yaml = holding('Implicit keys need to be on a single line');
  const schema = holding('Invalid element at key');
  expect(yaml.length).toBeGreaterThan(0);
  expect(schema.length).toBeGreaterThan(0);
  expect(readdirSync(assets).some((f) => /^shipped-catalog-.*\.json$/.test(f))).toBe(true);

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  const beforeTitle = await page.evaluate(() => {
    const at = performance.getEntriesByName('title-interactive')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime <= at)
      .map((r) => new URL(r.name).pathname.split('/').pop()!.split('-')[0]!);
  });
  expect(beforeTitle).toContain('shipped');
  expect(beforeTitle.filter((f) => yaml.includes(f) || schema.includes(f))).toEqual([]);
});
