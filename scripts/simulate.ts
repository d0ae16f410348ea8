/**
 * npm run simulate -- <scenario> [--runs N] [--seed S] [--strategy NAME|all] [--policy FILE] [--census] [--length full|short] [--json]
 * Plays whole games with simulated mediators and prints the outcome distribution. Same arguments, same output
 * (but for the census's elapsed time).
 * Strategies play through the game's own state machine (as the browser does); the census plays straight
 * through the engine, which the tests show gives the same games.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bandsBroken } from '../src/agents/census';
import { BUILT_IN, STRATEGY_NAMES } from '../src/agents/mediators/builtIn';
import type { MediatorFactory } from '../src/agents/mediators/mediator';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { GAME_LENGTHS, type GameLength } from '../src/flow/gameLength';
import { type SimulationSummary, simulate } from '../src/flow/simulation';
import { formatDiagnostic } from '../src/scenario/diagnostic';
import { parallelCensus } from './parallelCensus';
import { quietOnClosedPipe, readInput } from './readInput';

const usage = `Usage: npm run simulate -- <scenario.yaml> [--runs 1000] [--seed 1] [--strategy ${STRATEGY_NAMES.join('|')}|all] [--policy my-mediator.ts] [--census] [--length full|short] [--json]`;

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

const FLAGS = new Set(['--census', '--json']);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/** A user's mediator: an ES module (TS or JS) whose default export is a factory `() => (view) => move`. */
export async function loadPolicy(file: string): Promise<MediatorFactory | string> {
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    return `${file}: cannot be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  const factory = module.default;
  if (typeof factory !== 'function')
    return `${file}: its default export must be a factory function, \`export default () => (view) => move\``;
  // A user's mediator is told nothing beyond the player view: the setting's `peek` is for the built-in oracle.
  return () => {
    const made = (factory as () => unknown)();
    if (typeof made !== 'function')
      throw new Error(`${file}: the factory must return a function (view) => move, not ${typeof made}`);
    return made as ReturnType<MediatorFactory>;
  };
}

function row(s: SimulationSummary, widths: number[]): string {
  const agreement = s.agreement === null ? '   –  ' : pct(s.agreement);
  return `${s.strategy.padEnd(18)}${pct(s.dealRate).padStart(9)}${s.attendance.map((a, p) => pct(a).padStart(widths[p]!)).join('')}${s.meanDays.toFixed(2).padStart(7)}${agreement.padStart(11)}  ${s.meanUtilities.map((u) => u.toFixed(1)).join(' / ')}`;
}

export async function runSimulation(args: string[], print: (line: string) => void): Promise<number> {
  const file = args.find(
    (a, i) => !a.startsWith('--') && !(args[i - 1]?.startsWith('--') && !FLAGS.has(args[i - 1]!)),
  );
  const runs = Number(option(args, 'runs', '1000'));
  const seed = Number(option(args, 'seed', '1'));
  const json = args.includes('--json');
  if (!file || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    print(usage);
    return 1;
  }
  const input = await readInput(file);
  if (!input.ok) {
    print(input.message);
    return 1;
  }
  const loaded = loadCheckedScenario(input.text, input.name);
  if (!loaded.ok) {
    for (const e of loaded.errors) print(formatDiagnostic(e));
    return 1;
  }
  const length = option(args, 'length', 'full');
  if (!(GAME_LENGTHS as readonly string[]).includes(length)) {
    print(`--length is full or short, not "${length}"`);
    return 1;
  }
  if (length === 'short' && !loaded.scenario.calendar.short) {
    print(`${input.name} offers no short game: add calendar.short to it (see docs/authoring.md)`);
    return 1;
  }
  const scenario = loaded.scenario;

  if (args.includes('--census')) {
    const started = performance.now();
    const result = await parallelCensus({
      text: input.text,
      file: input.name,
      runs,
      seed,
      length: length as GameLength,
    });
    const seconds = (performance.now() - started) / 1000;
    const broken = bandsBroken(result);
    if (json) {
      print(JSON.stringify({ scenario: scenario.meta.id, seconds, ...result, bandsBroken: broken }));
      return broken.length > 0 ? 2 : 0;
    }
    const ranked = [...result.fixedTexts].sort(
      (a, b) => Math.max(b.wait, b.atOnce) - Math.max(a.wait, a.atOnce),
    );
    const mean = (k: 'wait' | 'atOnce') =>
      result.fixedTexts.reduce((s, t) => s + t[k], 0) / result.fixedTexts.length;
    print(
      `${scenario.meta.title}${length === 'short' ? ' (short game)' : ''}: census over ${runs} games each, seeds ${seed}..${seed + runs - 1} (hashed)`,
    );
    print('');
    print(`Every fixed text tabled to everyone on the first day (${result.fixedTexts.length} texts):`);
    print(`  left alone until the date: best ${pct(ranked[0]?.wait ?? 0)}, mean ${pct(mean('wait'))}`);
    print(
      `  final meeting called at once: best ${pct(Math.max(...result.fixedTexts.map((t) => t.atOnce)))}, mean ${pct(mean('atOnce'))}`,
    );
    for (const t of ranked.slice(0, 3))
      print(`  ${pct(Math.max(t.wait, t.atOnce))}  ${Object.values(t.text).join(' · ')}`);
    print('');
    print('Built-in mediators:');
    for (const s of result.strategies) print(`  ${s.name.padEnd(18)}${pct(s.dealRate)}`);
    print('');
    print(broken.length === 0 ? 'Every balance band holds.' : `Bands broken: ${broken.join('; ')}`);
    print(`(${seconds.toFixed(1)} s)`);
    return broken.length > 0 ? 2 : 0;
  }

  const policyFile = option(args, 'policy', '');
  const strategyArg = option(args, 'strategy', policyFile ? '' : 'all');
  const strategies: [string, MediatorFactory][] = [];
  if (policyFile) {
    const policy = await loadPolicy(policyFile);
    if (typeof policy === 'string') {
      print(`error  ${policy}`);
      return 1;
    }
    strategies.push([policyFile, policy]);
  }
  if (strategyArg) {
    const names = strategyArg === 'all' ? STRATEGY_NAMES : [strategyArg];
    const unknown = names.find((s) => !STRATEGY_NAMES.includes(s));
    if (unknown) {
      print(`unknown strategy "${unknown}"; the strategies are: ${STRATEGY_NAMES.join(', ')}`);
      return 1;
    }
    for (const name of names) strategies.push([name, BUILT_IN[name]!]);
  }
  const summaries = strategies.map(([name, factory]) =>
    simulate(scenario, name, factory, runs, seed, 'machine', length as GameLength),
  );
  if (json) {
    print(
      JSON.stringify({
        scenario: scenario.meta.id,
        runs,
        seed,
        parties: scenario.parties.map((p) => p.id),
        results: summaries,
      }),
    );
    return 0;
  }
  const names = scenario.parties.map((p) => p.name);
  print(`${scenario.meta.title}: ${runs} games per strategy, seeds ${seed}..${seed + runs - 1} (hashed)`);
  print('Share of games in which each delegation attends; "all come" is the share in which all of them do;');
  print('"as said" is the share of attendance decisions that did what the last answer to that text said.');
  print('');
  const widths = names.map((n) => Math.max(10, n.length + 2));
  print(
    `${'strategy'.padEnd(18)}${'all come'.padStart(9)}${names.map((n, p) => n.padStart(widths[p]!)).join('')}${'days'.padStart(7)}${'as said'.padStart(11)}  mean utilities`,
  );
  for (const s of summaries) print(row(s, widths));
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  quietOnClosedPipe();
  runSimulation(process.argv.slice(2), (line) => console.log(line))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      console.log(`error  ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
