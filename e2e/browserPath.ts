import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** How Chromium is started here: no sandbox (root), no GPU, and nothing that reaches for the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser; none → a clear stop. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (!found) {
    throw new Error(
      [
        'No Chromium found for the browser tests.',
        'Install one, then run `npm test` again:',
        '  Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium',
        '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
      ].join('\n'),
    );
  }
  return found;
}
