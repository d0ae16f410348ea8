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
