/**
 * The scenario tool for authors.
 *   npm run scenario -- validate <file...>   check files; prints OK <file> or the errors; exit 0 or 1
 *   npm run scenario -- analyze <file> [--games 300] [--seed 1] [--json]
 *                                            the zone by day, frontier, Nash and K–S, vetoes, balance bands
 *   npm run scenario -- schema               rewrite scenarios/scenario.schema.json and docs/result.schema.json from the zod schemas
 * A file named `-` is standard input. See docs/authoring.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorReport, CENSUS_TEXT_LIMIT } from '../src/agents/authorReport';
import { bandBounds, bandChecks, type Census } from '../src/agents/census';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { resultJsonSchema } from '../src/flow/resultFile';
import { formatDiagnostic } from '../src/scenario/diagnostic';
import { scenarioJsonSchema } from '../src/scenario/jsonSchema';
import { formatReport } from './analyzeText';
import { type CensusJob, parallelCensus } from './parallelCensus';
import { quietOnClosedPipe, type ReadOptions, readInput } from './readInput';

/** The result file's schema, for a teacher's tools (flow/resultFile.ts). */
export const RESULT_SCHEMA_PATH = join(import.meta.dirname, '..', 'docs', 'result.schema.json');
export const SCHEMA_PATH = join(import.meta.dirname, '..', 'scenarios', 'scenario.schema.json');

const usage = `Usage:
  npm run scenario -- validate <file...>   check scenario files (YAML or JSON); - reads standard input
  npm run scenario -- analyze <file> [--games 300] [--seed 1] [--json]
                                           zone of agreement by day, frontier, Nash and Kalai–Smorodinsky
                                           texts, whose veto binds, and the census's balance bands
  npm run scenario -- schema               rewrite scenarios/scenario.schema.json and docs/result.schema.json`;

/** Returns the exit code; prints to the given writer. */
export async function validate(
  files: readonly string[],
  print: (line: string) => void,
  options: ReadOptions = {},
): Promise<number> {
  if (files.length === 0) {
    print(usage);
    return 1;
  }
  let failed = false;
  for (const file of files) {
    const input = await readInput(file, options);
    if (!input.ok) {
      print(input.message);
      failed = true;
      continue;
    }
    const result = loadCheckedScenario(input.text, input.name);
    if (result.ok) {
      const count = result.counts.warnings;
      const name = input.name;
      print(count === 0 ? `OK ${name}` : `OK ${name} (${count} warning${count === 1 ? '' : 's'})`);
    } else {
      failed = true;
      for (const error of result.errors) print(formatDiagnostic(error));
      const unlisted = result.counts.errors - result.errors.length;
      if (unlisted > 0) print(`…and ${unlisted} more errors: fix these first, then check the file again`);
    }
    for (const warning of result.warnings) print(formatDiagnostic(warning));
    // Notes (a version-1 file read as version 2) are not problems: they neither fail a file nor count as warnings.
    for (const note of result.notes) print(formatDiagnostic(note));
  }
  return failed ? 1 : 0;
}

export interface AnalyzeOptions extends ReadOptions {
  /** Plays the census (default: on every core, scripts/parallelCensus.ts). */
  readonly census?: (job: CensusJob) => Promise<Census>;
}

const FLAGS_WITH_VALUES = new Set(['--games', '--seed']);

/**
 * `analyze <file> [--games N] [--seed S] [--json]`: exit 0 when every balance band holds, 2 when one warns (as
 * `npm run simulate -- --census`), 1 when the file cannot be read or is invalid, or the arguments are wrong.
 */
export async function analyze(
  args: readonly string[],
  print: (line: string) => void,
  options: AnalyzeOptions = {},
): Promise<number> {
  const files = args.filter(
    (a, i) => (a === '-' || !a.startsWith('--')) && !FLAGS_WITH_VALUES.has(args[i - 1]!),
  );
  const value = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const games = value('--games', 300);
  const seed = value('--seed', 1);
  const unknown = args.find((a) => a.startsWith('--') && !FLAGS_WITH_VALUES.has(a) && a !== '--json');
  if (files.length !== 1 || !Number.isInteger(games) || games < 1 || !Number.isInteger(seed) || unknown) {
    print(unknown ? `unknown option ${unknown}` : files.length > 1 ? 'analyze takes one file' : usage);
    if (unknown || files.length > 1) print(usage);
    return 1;
  }
  const started = performance.now();
  const input = await readInput(files[0]!, options);
  if (!input.ok) {
    print(input.message);
    return 1;
  }
  const loaded = loadCheckedScenario(input.text, input.name);
  if (!loaded.ok) {
    for (const error of loaded.errors) print(formatDiagnostic(error));
    for (const warning of loaded.warnings) print(formatDiagnostic(warning));
    return 1;
  }
  const runCensus = options.census ?? parallelCensus;
  const job: CensusJob = {
    text: input.text,
    file: input.name,
    runs: games,
    seed,
    textRuns: games,
    maxTexts: CENSUS_TEXT_LIMIT,
  };
  const census = await runCensus(job);
  const report = authorReport(loaded.scenario, { census, textGames: games, spreadGames: games, seed });
  // A short game (calendar.short) is another game: its balance is measured on its own.
  const short = loaded.scenario.calendar.short
    ? bandChecks(await runCensus({ ...job, length: 'short' }))
    : null;
  const code = report.balance.bands.some((b) => b.status === 'WARN') || short?.some((b) => !b.pass) ? 2 : 0;
  if (args.includes('--json')) {
    print(
      JSON.stringify(
        { file: input.name, ...report, shortGame: short, fileWarnings: loaded.warnings },
        null,
        2,
      ),
    );
    return code;
  }
  const seconds = (performance.now() - started) / 1000;
  const lines = formatReport(report, {
    file: input.name,
    seconds,
    fileWarnings: loaded.warnings.map(formatDiagnostic),
  });
  const elapsed = lines.pop()!;
  for (const line of lines) print(line);
  if (short) {
    print('');
    print(
      `Short game (calendar.short: talks end ${loaded.scenario.calendar.short!.lastDay}), the same census:`,
    );
    for (const band of short)
      print(
        `  ${band.pass ? 'PASS' : 'WARN'}  ${band.name.padEnd(26)}${`${(band.rate * 100).toFixed(1)}%`.padStart(7)}  (${bandBounds(band)})`,
      );
  }
  print(elapsed);
  return code;
}

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  const print = (line: string) => console.log(line);
  if (command === 'validate') return validate(rest, print);
  if (command === 'analyze' || command === 'analyse') return analyze(rest, print);
  if (command === 'schema') {
    writeFileSync(SCHEMA_PATH, scenarioJsonSchema());
    console.log(`wrote ${SCHEMA_PATH}`);
    writeFileSync(RESULT_SCHEMA_PATH, resultJsonSchema());
    console.log(`wrote ${RESULT_SCHEMA_PATH}`);
    return 0;
  }
  console.log(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  quietOnClosedPipe();
  main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      console.log(`error  ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
