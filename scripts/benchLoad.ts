/**
 * Load time, measured in Chromium: the game's `title-interactive` mark against `phaser-ready` on a bare Phaser
 * page (bench/index.html), both production builds served locally, a fresh browser context per load, the two
 * pages taking turns to go first. Part of `npm run bench`; alone: `npm run bench:load`.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browserPath';

const root = join(import.meta.dirname, '..');
const PAIRS = 9;
/** The bar: the title interactive within 1.25 times a bare Phaser page, and at most 100 KB more script. */
export const MOST_RATIO = 1.25;
export const MOST_EXTRA_SCRIPT_GZIP = 100 * 1024;

async function serve(outDir: string, port: number) {
  return preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port, strictPort: true },
    logLevel: 'warn',
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Load {
  /** Milliseconds from navigation to the mark. */
  ms: number;
  /** Bytes of every body fetched until the mark, as served (headers left out). */
  bytes: number;
  /** The scripts fetched until the mark, gzipped here at the default level: what a compressing server sends. */
  scriptGzip: number;
}

async function loadOnce(browser: Browser, url: string, mark: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 30_000,
  });
  // What the page fetched until it was ready; later fetches (a prefetch once the title is up) are not counted.
  const { ms, fetched } = await page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0]!.startTime;
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource').filter((r) => r.startTime <= at),
    ] as PerformanceResourceTiming[];
    return { ms: at, fetched: entries.map((r) => ({ url: r.name, bytes: r.encodedBodySize })) };
  }, mark);
  await context.close();
  let scriptGzip = 0;
  for (const { url: script } of fetched.filter((f) => /\.m?js(\?|$)/.test(f.url)))
    scriptGzip += gzipSync(Buffer.from(await (await fetch(script)).arrayBuffer())).length;
  return { ms, bytes: fetched.reduce((sum, f) => sum + f.bytes, 0), scriptGzip };
}

export interface LoadFigures {
  pairs: number;
  game: Load;
  bare: Load;
  /** Median game time over median bare time. */
  ratio: number;
}

export async function measureLoad(): Promise<LoadFigures | null> {
  let executablePath: string;
  try {
    executablePath = (await findChromium()).path;
  } catch {
    console.log('load time: skipped (no Chromium)');
    return null;
  }
  await build({ root, logLevel: 'warn' });
  await build({
    root: join(root, 'bench'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(root, 'dist-bench'), emptyOutDir: true },
  });
  const game = await serve(join(root, 'dist'), 4180);
  const bare = await serve(join(root, 'dist-bench'), 4181);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const loads = { game: [] as Load[], bare: [] as Load[] };
  const loadGame = async () =>
    loads.game.push(await loadOnce(browser, 'http://localhost:4180/', 'title-interactive'));
  const loadBare = async () =>
    loads.bare.push(await loadOnce(browser, 'http://localhost:4181/', 'phaser-ready'));
  try {
    // One of each first, unmeasured: the server's and the browser's own first-time costs.
    await loadOnce(browser, 'http://localhost:4180/', 'title-interactive');
    await loadOnce(browser, 'http://localhost:4181/', 'phaser-ready');
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) {
        await loadGame();
        await loadBare();
      } else {
        await loadBare();
        await loadGame();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => game.httpServer.close(() => resolve()));
    await new Promise<void>((resolve) => bare.httpServer.close(() => resolve()));
  }
  const summary = (all: Load[]): Load => ({
    ms: median(all.map((l) => l.ms)),
    bytes: median(all.map((l) => l.bytes)),
    scriptGzip: median(all.map((l) => l.scriptGzip)),
  });
  const figures = { pairs: PAIRS, game: summary(loads.game), bare: summary(loads.bare) };
  return { ...figures, ratio: figures.game.ms / figures.bare.ms };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function describeLoad(load: LoadFigures): string {
  const extra = load.game.scriptGzip - load.bare.scriptGzip;
  const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
  return [
    `load (median of ${load.pairs} alternating pairs, Chromium, 1280×720, local server, fresh context each):`,
    `  title interactive ${load.game.ms.toFixed(0)} ms; bare Phaser page ready ${load.bare.ms.toFixed(0)} ms;` +
      ` ratio ${load.ratio.toFixed(2)} (${verdict(load.ratio <= MOST_RATIO)} ${MOST_RATIO})`,
    `  transferred ${kb(load.game.bytes)} against ${kb(load.bare.bytes)};` +
      ` script ${kb(load.game.scriptGzip)} gzip against ${kb(load.bare.scriptGzip)}:` +
      ` +${kb(extra)} (${verdict(extra <= MOST_EXTRA_SCRIPT_GZIP)} +${kb(MOST_EXTRA_SCRIPT_GZIP)})`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const load = await measureLoad();
  if (load) console.log(describeLoad(load));
}
