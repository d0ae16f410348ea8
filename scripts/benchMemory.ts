/**
 * Memory over a class period: ten whole games in one page, each ended at the debrief and followed by "Play again",
 * as a classroom laptop plays them. After each game (at the debrief, after a forced garbage collection) the
 * JavaScript heap in use is printed; at the end its first, last and largest figure and its growth per game.
 * `npm run bench:memory` (also part of `npm run bench`). `-- --production` measures the production build (no test
 * hooks). `-- --snapshots DIR` writes heap snapshots after games 2, 5 and 6 (and at the title after game 6) of an
 * unminified build and prints the constructors whose live objects grew from game 2 to 6, what games 3–5 left
 * alive after game 6, and what keeps DOM out of the page alive, each with what holds it.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browserPath';
import { median } from './benchLoad';
import { compareSnapshots, detachedDom, keptObjects } from './heapSnapshot';

const root = join(import.meta.dirname, '..');
/** Ten games, a class period's worth; MEMORY_GAMES=N plays more, to see where the heap levels off. */
const GAMES = Number(process.env.MEMORY_GAMES ?? 10);
/** The budget for the heap after any game. */
export const HEAP_LIMIT_MB = 60;
/**
 * Growth of the JavaScript heap per game that counts as growing. The JIT's warm-up alone adds 0.1–0.2 MB a game
 * over the first ten (compiled code, which levels off near 13 MB by game 12: `--snapshots` shows it), so the
 * limit sits well above that; at 0.5 MB a game the 60 MB budget would last some 90 games in one page, more than a
 * school day holds. Smaller leaks (a game's run record, kept, adds tens of KB) are for `--snapshots` to find; a
 * kept screen shows in the DOM counts at the title, and weighs little in the JavaScript heap.
 */
export const GROWTH_LIMIT_MB = 0.5;
/**
 * The title screen after "Play again" is the same page every time, give or take a caption (its node count
 * swings by up to a few hundred from game to game, as collection has freed the last screen or not): a kept screen would add hundreds of nodes a game (the debrief alone is
 * over two thousand) and some listeners; a steady page adds none.
 */
export const NODE_GROWTH_LIMIT = 25;
export const LISTENER_GROWTH_LIMIT = 1;
const MB = 1024 * 1024;

export interface MemoryResult {
  /** The heap in use after each game, in MB. */
  readonly heap: readonly number[];
  /** Seconds each game took. */
  readonly seconds: readonly number[];
  readonly slope: number;
  readonly pass: boolean;
}

/** The newest modification time under a folder (the sources a build is made from). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * The build to measure (the e2e one fixes the seed through its test hooks), made again when a source or asset is
 * newer than it. Snapshots are taken of an unminified build, whose constructors and closures keep their names.
 */
async function ensureBuild(mode: 'e2e' | 'production', named: boolean): Promise<string> {
  const outDir = join(root, `${mode === 'e2e' ? 'dist-e2e' : 'dist'}-bench-memory${named ? '-named' : ''}`);
  const built = join(outDir, 'index.html');
  const sources = ['src', 'assets', 'scenarios', 'index.html', 'vite.config.ts'].map((p) => join(root, p));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest))) return outDir;
  console.log(`memory: building the game (${mode}${named ? ', unminified' : ''})…`);
  await build({ root, mode, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: !named } });
  return outDir;
}

/** Least-squares slope of values against their index. */
export function slopeOf(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

/**
 * The heaps in use once everything unreachable is collected, in MB: JavaScript's, and Blink's own (the DOM's
 * nodes and styles, which a kept screen fills more than it fills the JavaScript heap).
 */
async function heapAfterGc(cdp: CDPSession): Promise<{ js: number; dom: number }> {
  // Twice: the first collection runs finalizers and weak callbacks that free more for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize / MB, dom: (usage.embedderHeapUsedSize ?? Number.NaN) / MB };
}

async function takeSnapshot(cdp: CDPSession, file: string): Promise<void> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  writeFileSync(file, chunks.join(''));
}

/**
 * One full-length game, played in the page as fast as it answers: each day the envoy changes a clause, consults
 * one delegation, reassures another and tables the text to all, then ends the day; the conference is shown all
 * at once and the debrief opened. The page's own buttons are pressed (their handlers, as a click runs them),
 * one per animation frame so the canvas draws each screen; Playwright's clicks cost ~0.3 s each on this machine.
 */
async function playInPage(): Promise<void> {
  const ui = document.getElementById('ui')!;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const until = async (what: string, test: () => boolean) => {
    const end = performance.now() + 30_000;
    while (!test()) {
      if (performance.now() > end) throw new Error(`memory bench: no ${what} (screen ${ui.dataset.screen})`);
      await frame();
    }
  };
  const screen = () => ui.dataset.screen ?? '';
  const keyed = (key: string) => document.querySelector<HTMLButtonElement>(`[data-key="${key}"]`);
  const named = (name: RegExp) =>
    [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent ?? ''));
  const press = async (control: HTMLElement | null | undefined, what: string) => {
    if (!control) throw new Error(`memory bench: no ${what} (screen ${ui.dataset.screen})`);
    control.click();
    await frame();
  };
  await until('briefing', () => named(/^Begin:/) !== undefined);
  await press(named(/^Begin:/), 'Begin');
  await until('day view', () => keyed('meet') !== null);
  await press(keyed('meet'), 'meeting room');
  const parties = document.querySelectorAll('[data-key^="consult-"]').length;
  for (let day = 0; ; day++) {
    await until('meeting room', () => screen().startsWith('run-meetings-idle'));
    const radios = [
      ...document.querySelectorAll<HTMLInputElement>('.text-builder input[type=radio]:not(:checked)'),
    ];
    if (radios.length > 0) await press(radios[(day * 7) % radios.length], 'clause');
    for (const key of [`consult-${day % parties}`, `reassure-${(day + 1) % parties}`, 'table']) {
      const control = keyed(key);
      if (!control || control.disabled) continue;
      await press(control, key);
      await until('answers', () => screen().startsWith('run-meetings-idle'));
    }
    await press(keyed('end-day'), 'End the day');
    await until('next day', () => /^(run-meetings-idle|run-dayEnd|conference)/.test(screen()));
    if (screen().startsWith('conference')) break;
    if (screen().startsWith('run-dayEnd')) await press(keyed('meet'), 'meeting room');
  }
  await press(named(/^Show all/), 'Show all');
  await press(named(/^Continue$/), 'Continue');
  await until('outcome', () => named(/^Open the debrief$/) !== undefined);
  await press(named(/^Open the debrief$/), 'Open the debrief');
  await until('debrief', () => named(/^Open all sections$/) !== undefined);
  // A teacher opens every section: the charts, the moves day by day, the history.
  await press(named(/^Open all sections$/), 'Open all sections');
}

/** A whole game: begun and ended with Playwright's real clicks (the first unlocks the sound), played in the page. */
async function playGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.evaluate(playInPage);
  await page.getByRole('heading', { level: 1, name: 'Debrief' }).waitFor();
}

export interface MemoryOptions {
  /** The production build (no test hooks) instead of the e2e build. */
  readonly production?: boolean;
  /** A folder for heap snapshots (of an unminified build), and a report of what they show. */
  readonly snapshots?: string;
  readonly port?: number;
}

export async function measureMemory(options: MemoryOptions = {}): Promise<MemoryResult | null> {
  let executablePath: string;
  try {
    executablePath = (await findChromium()).path;
  } catch {
    console.log('memory: skipped (no Chromium)');
    return null;
  }
  const mode = options.production ? 'production' : 'e2e';
  const outDir = await ensureBuild(mode, options.snapshots !== undefined);
  const port = options.port ?? Number(process.env.BENCH_PORT ?? 4182);
  const server = await preview({
    root,
    mode,
    configFile: join(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // tsx names inner functions with a helper the page does not have (playInPage is sent as source).
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const cdp = await page.context().newCDPSession(page);
    // The e2e build fixes the seed (the same ten games every run); the production build draws its own.
    await page.goto(`http://localhost:${port}/${options.production ? '' : '?seed=11'}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    if (options.snapshots) mkdirSync(options.snapshots, { recursive: true });
    const snapshot = (game: number) => join(options.snapshots!, `after-game-${game}.heapsnapshot`);
    const heap: number[] = [];
    const titles: { heap: number; domHeap: number; nodes: number; listeners: number }[] = [];
    const seconds: number[] = [];
    const atTitle = async () => {
      const mb = await heapAfterGc(cdp);
      const counters = (await cdp.send('Memory.getDOMCounters')) as {
        nodes: number;
        jsEventListeners: number;
      };
      return { heap: mb.js, domHeap: mb.dom, nodes: counters.nodes, listeners: counters.jsEventListeners };
    };
    const cells = (...values: (string | number)[]) => values.map((v) => String(v).padStart(10)).join('');
    console.log(`memory: ${GAMES} full-length games in one page, ${mode} build, Chromium 1280×720`);
    console.log(`memory: ${cells('', 'debrief', '-------', 'at the', 'title', '-------', '')}`);
    console.log(
      `memory: ${cells('game', 'JS heap', 'JS heap', 'DOM heap', 'DOM nodes', 'listeners', 'seconds')}`,
    );
    const first = await atTitle();
    const mb = (x: number) => `${x.toFixed(1)} MB`;
    console.log(
      `memory: ${cells('start', '', mb(first.heap), mb(first.domHeap), first.nodes, first.listeners, '')}`,
    );
    for (let game = 1; game <= GAMES; game++) {
      const started = performance.now();
      await playGame(page);
      seconds.push((performance.now() - started) / 1000);
      heap.push((await heapAfterGc(cdp)).js);
      if (options.snapshots && [2, 5, 6].includes(game)) await takeSnapshot(cdp, snapshot(game));
      await page.getByRole('button', { name: 'Play again' }).click();
      await page.getByRole('button', { name: 'Start' }).waitFor();
      const t = await atTitle();
      titles.push(t);
      if (options.snapshots && game === 6)
        await takeSnapshot(cdp, join(options.snapshots, 'title-after-game-6.heapsnapshot'));
      const row = [game, mb(heap.at(-1)!), mb(t.heap), mb(t.domHeap), t.nodes, t.listeners];
      console.log(`memory: ${cells(...row, seconds.at(-1)!.toFixed(1))}`);
    }
    const later = (values: readonly number[]) => values.slice(1);
    const slope = slopeOf(later(heap));
    // The title's count swings by a few hundred as collection catches the last screen or not: medians of the
    // first and the last five games, five games apart, stand for its growth (a kept screen would add thousands).
    const nodes = titles.slice(1).map((t) => t.nodes);
    const half = Math.floor(nodes.length / 2);
    const nodeSlope = (median(nodes.slice(-half)) - median(nodes.slice(0, half))) / (nodes.length - half);
    const listenerSlope = slopeOf(later(titles.map((t) => t.listeners)));
    const max = Math.max(...heap);
    const pass =
      max <= HEAP_LIMIT_MB &&
      slope < GROWTH_LIMIT_MB &&
      nodeSlope < NODE_GROWTH_LIMIT &&
      listenerSlope < LISTENER_GROWTH_LIMIT;
    const signed = (x: number, digits: number) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
    console.log(
      `memory: heap at the debrief: first ${heap[0]!.toFixed(1)} MB, last ${heap.at(-1)!.toFixed(1)} MB, ` +
        `max ${max.toFixed(1)} MB, growth ${signed(slope, 2)} MB/game (least squares, games 2–${GAMES}); ` +
        `at the title: DOM nodes ${signed(nodeSlope, 1)}/game (medians), listeners ${signed(listenerSlope, 1)}/game`,
    );
    console.log(
      `memory: ${pass ? 'PASS' : 'FAIL'} (heap ≤ ${HEAP_LIMIT_MB} MB, growing < ${GROWTH_LIMIT_MB} MB/game; ` +
        `DOM nodes < ${NODE_GROWTH_LIMIT}/game, listeners < ${LISTENER_GROWTH_LIMIT}/game)`,
    );
    if (options.snapshots && GAMES >= 6) reportSnapshots(options.snapshots);
    return { heap, seconds, slope, pass };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function reportSnapshots(folder: string): void {
  const [second, fifth, sixth] = [2, 5, 6].map((game) => join(folder, `after-game-${game}.heapsnapshot`)) as [
    string,
    string,
    string,
  ];
  console.log('memory: live objects that grew from game 2 to game 6, by constructor (compiled code apart)');
  console.table(compareSnapshots(second, sixth).slice(0, 25));
  const kept = keptObjects(second, fifth, sixth);
  const kb = kept.reduce((sum, k) => sum + k.bytes, 0) / 1024;
  const count = kept.reduce((n, k) => n + k.count, 0);
  console.log(
    `memory: objects made in games 3–5 still alive after game 6: ${count} (${kb.toFixed(0)} KB), code apart`,
  );
  for (const k of kept.slice(0, 12)) {
    console.log(`  ${k.count} × ${k.kind} (${(k.bytes / 1024).toFixed(1)} KB), one of them held by:`);
    for (const step of k.path) console.log(`      ${step}`);
  }
  const held = detachedDom(join(folder, 'title-after-game-6.heapsnapshot'));
  console.log(
    `memory: DOM out of the page but alive at the title after game 6: ${held.reduce((n, h) => n + h.count, 0)} objects`,
  );
  for (const h of held.slice(0, 3)) {
    console.log(`  ${h.count} of them through:`);
    for (const step of h.path) console.log(`      ${step}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--snapshots');
  const result = await measureMemory({
    production: process.argv.includes('--production'),
    snapshots: at > 0 ? process.argv[at + 1] : undefined,
  });
  if (result && !result.pass) process.exitCode = 1;
}
