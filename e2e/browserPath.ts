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

/** Where a browser was found, for the log line that says which one the tests use. */
export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright' | '@sparticuz/chromium';
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium that @sparticuz/chromium ships inside its npm tarball, unpacked on first use (~2 s). */
async function packaged(): Promise<string | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The developer's choice first (CHROMIUM_PATH), then a system Chromium, then Playwright's own browser, then the
 * one a dev dependency brings, so `npm install && npm test` works on a fresh Linux machine; none → a clear stop.
 */
export async function findChromium(): Promise<FoundChromium> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (existsSync(chosen)) return { path: chosen, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${chosen}, but no file is there. Fix the path or unset it.`);
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const own = playwrightsOwn();
  if (own) return { path: own, source: 'playwright' };
  const unpacked = await packaged();
  if (unpacked) return { path: unpacked, source: '@sparticuz/chromium' };
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      '`npm install` brings one on Linux (the dev dependency @sparticuz/chromium); on another system install one:',
      '  Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium',
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}
