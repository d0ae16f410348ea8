/**
 * Load time, measured in Chromium: the game's `title-interactive` mark against `phaser-ready` on a bare Phaser
 * page (bench/index.html), both production builds served locally. Part of `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browserPath';

const root = join(import.meta.dirname, '..');
const RUNS = 7;

async function serve(outDir: string, port: number) {
  return preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port, strictPort: true },
    logLevel: 'warn',
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measureLoad(): Promise<{ game: number; bare: number } | null> {
  let executablePath: string;
  try {
    executablePath = (await findChromium()).path;
  } catch {
    console.log('load time: skipped (no Chromium)');
    return null;
  }
  if (!existsSync(join(root, 'dist', 'index.html'))) await build({ root, logLevel: 'warn' });
  await build({
    root: join(root, 'bench'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(root, 'dist-bench'), emptyOutDir: true },
  });
  const game = await serve(join(root, 'dist'), 4180);
  const bare = await serve(join(root, 'dist-bench'), 4181);
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  const time = async (url: string, mark: string) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
        timeout: 30_000,
      });
      samples.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark));
      await context.close();
    }
    return median(samples);
  };
  try {
    return {
      game: await time('http://localhost:4180/', 'title-interactive'),
      bare: await time('http://localhost:4181/', 'phaser-ready'),
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => game.httpServer.close(() => resolve()));
    await new Promise<void>((resolve) => bare.httpServer.close(() => resolve()));
  }
}
