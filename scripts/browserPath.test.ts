import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/browserPath';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('the browser for the browser tests', () => {
  it("takes the developer's CHROMIUM_PATH before anything else", async () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'envoy-browser-')), 'chrome');
    writeFileSync(fake, '');
    process.env.CHROMIUM_PATH = fake;
    await expect(findChromium()).resolves.toEqual({ path: fake, source: 'CHROMIUM_PATH' });
  });

  it('says plainly when CHROMIUM_PATH points at nothing, rather than quietly taking another browser', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    await expect(findChromium()).rejects.toThrow(
      'CHROMIUM_PATH is set to /nowhere/chromium, but no file is there',
    );
  });

  it('finds a browser on a machine with nothing installed but the npm packages', async () => {
    delete process.env.CHROMIUM_PATH;
    const found = await findChromium();
    expect(found.path).toBeTruthy();
    expect(['system', 'playwright', '@sparticuz/chromium']).toContain(found.source);
  });
});
