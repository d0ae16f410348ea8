/**
 * npm run simulate -- <scenario> [--runs N] [--seed S] [--strategy NAME|all]
 * Plays whole games through the game's own state machine (as the browser does), with a simulated mediator,
 * and prints the outcome distribution. Same arguments, same output.
 */
import { readFileSync } from 'node:fs';
import { STRATEGY_NAMES, type StrategyName } from '../src/agents/mediatorStrategies';
import { simulate } from '../src/flow/simulation';
import { formatDiagnostic } from '../src/scenario/diagnostic';
import { loadScenario } from '../src/scenario/loader';

const usage = `Usage: npm run simulate -- <scenario.yaml> [--runs 1000] [--seed 1] [--strategy ${STRATEGY_NAMES.join('|')}|all]`;

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export function runSimulation(args: string[], print: (line: string) => void): number {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const runs = Number(option(args, 'runs', '1000'));
  const seed = Number(option(args, 'seed', '1'));
  const strategyArg = option(args, 'strategy', 'all');
  if (!file || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    print(usage);
    return 1;
  }
  const strategies = strategyArg === 'all' ? [...STRATEGY_NAMES] : [strategyArg];
  const unknown = strategies.find((s) => !(STRATEGY_NAMES as readonly string[]).includes(s));
  if (unknown) {
    print(`unknown strategy "${unknown}"; the strategies are: ${STRATEGY_NAMES.join(', ')}`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    print(`error  ${file}: cannot be read`);
    return 1;
  }
  const loaded = loadScenario(text, file);
  if (!loaded.ok) {
    for (const e of loaded.errors) print(formatDiagnostic(e));
    return 1;
  }
  const names = loaded.scenario.parties.map((p) => p.name);
  print(`${loaded.scenario.meta.title}: ${runs} games per strategy, seeds ${seed}..${seed + runs - 1}`);
  print('Share of games in which each delegation attends; "all come" is the share in which all of them do.');
  print('');
  const widths = names.map((n) => Math.max(10, n.length + 2));
  print(
    `${'strategy'.padEnd(18)}${'all come'.padStart(9)}${names.map((n, p) => n.padStart(widths[p]!)).join('')}${'days'.padStart(7)}  mean utilities`,
  );
  for (const name of strategies as StrategyName[]) {
    const s = simulate(loaded.scenario, name, runs, seed);
    print(
      `${name.padEnd(18)}${pct(s.dealRate).padStart(9)}${s.attendance.map((a, p) => pct(a).padStart(widths[p]!)).join('')}${s.meanDays.toFixed(2).padStart(7)}  ${s.meanUtilities.map((u) => u.toFixed(1)).join(' / ')}`,
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    process.exitCode = runSimulation(process.argv.slice(2), (line) => console.log(line));
  } catch (error) {
    console.log(`error  ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
