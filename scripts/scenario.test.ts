import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { census } from '../src/agents/census';
import { compileRules } from '../src/engine/game';
import { withLength } from '../src/flow/gameLength';
import { loadScenario } from '../src/scenario/loader';
import { MINIMAL_SCENARIO } from '../src/scenario/testing/minimalScenario';
import { FIXTURE_SCENARIO } from '../src/testing/fixtureScenario';
import { WIDTH } from './analyzeText';
import type { CensusJob } from './parallelCensus';
import { analyze, validate } from './scenario';

const root = join(import.meta.dirname, '..');
const geneva = join(root, 'scenarios', 'geneva-2-2014.yaml');

async function run(files: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await validate(files, (line) => lines.push(line));
  return { code, lines };
}

describe('npm run scenario -- validate', () => {
  it('prints OK for a good file and exits 0', async () => {
    expect(await run([geneva])).toEqual({ code: 0, lines: [`OK ${geneva}`] });
  });

  it('prints each error with file:line:col and exits 1, and still checks the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const bad = join(dir, 'bad.yaml');
    const text = MINIMAL_SCENARIO.replace('  actionsPerDay: 2\n', '  actionsPerDay: 0\n');
    writeFileSync(bad, text);
    // The position comes from the file written, not from a line number known in advance.
    const lines = text.split('\n');
    const line = lines.indexOf('  actionsPerDay: 0');
    expect(line).toBeGreaterThan(0);
    const { code, lines: printed } = await run([bad, geneva]);
    expect(code).toBe(1);
    expect(printed).toEqual([
      `${bad}:${line + 1}:${lines[line]!.indexOf('0') + 1}  error  calendar.actionsPerDay: expected a number of at least 1, found 0`,
      `OK ${geneva}`,
    ]);
  });

  it('passes a version-1 file (exit 0, no warning) and prints the note that it was read as version 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const old = join(dir, 'old.yaml');
    writeFileSync(
      old,
      MINIMAL_SCENARIO.replace('schemaVersion: 2\n', 'schemaVersion: 1\n')
        .replace('  kind: fictional\n', '')
        .replace(
          '  actionsPerDay: 2\n',
          '  actionsPerDay: 2\ndebrief:\n  history:\n    - { date: 2020-02-05, text: They agreed., sources: [paper] }\n',
        ),
    );
    expect(await run([old])).toEqual({
      code: 0,
      lines: [
        `OK ${old}`,
        `${old}:1:16  note  schemaVersion: this file is format version 1; it was read as version 2\n    hint: set schemaVersion: 2 and meta.kind (historical or fictional) to silence this note`,
      ],
    });
  });

  it('names a missing file without a stack trace', async () => {
    expect(await run(['no-such-file.yaml'])).toEqual({
      code: 1,
      lines: ['error  no-such-file.yaml: no such file'],
    });
  });

  it('runs as a command, with no stack trace and the right exit code', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'scripts', 'scenario.ts'), 'validate', root],
        {
          encoding: 'utf8',
        },
      );
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      output = failure.stdout + failure.stderr;
    }
    expect(status).toBe(1);
    expect(output.trim()).toBe(`error  ${root}: is a folder, not a scenario file`);
  });
});

// The census in this process (the CLI runs the same census() on worker threads), on the three-valley fixture.
const inProcess = async (job: CensusJob) => {
  const loaded = loadScenario(job.text, job.file);
  if (!loaded.ok) throw new Error('the fixture should load');
  const played = withLength(loaded.scenario, job.length ?? 'full');
  return census(compileRules(played), job.runs, job.seed, job.textRuns, undefined, job.maxTexts);
};
const fixtureFile = join(mkdtempSync(join(tmpdir(), 'analyze-')), 'three-valleys.yaml');
writeFileSync(fixtureFile, FIXTURE_SCENARIO);

async function runAnalyze(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await analyze(args, (line) => lines.push(...line.split('\n')), { census: inProcess });
  return { code, lines };
}

describe('npm run scenario -- analyze', () => {
  it('prints a readable report at most 100 columns wide, exit 0 or 2 as the bands hold or warn', async () => {
    const { code, lines } = await runAnalyze([fixtureFile, '--games', '4']);
    const text = lines.join('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(WIDTH);
    for (const heading of [
      'Zone of agreement',
      'Pareto frontier:',
      'Nash bargaining text',
      'Whose veto binds',
      'Balance',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/^ {2}(PASS|WARN) {2}careful \(player view\)/m);
    expect(code).toBe(/^ {2}WARN/m.test(text) ? 2 : 0);
    expect(lines.at(-1)).toMatch(/^\(\d+\.\d s\)$/);
  });

  it('measures a short game on its own when the scenario offers one', async () => {
    const shortFile = join(mkdtempSync(join(tmpdir(), 'analyze-short-')), 'short.yaml');
    writeFileSync(
      shortFile,
      FIXTURE_SCENARIO.replace(/(\n {2}actionsPerDay: \d+\n)/, '$1  short:\n    lastDay: 2020-03-03\n'),
    );
    const { lines } = await runAnalyze([shortFile, '--games', '4']);
    const at = lines.findIndex((line) =>
      line.startsWith('Short game (calendar.short: talks end 2020-03-03)'),
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {2}(PASS|WARN) {2}fixed text/);
    expect(lines.at(-1)).toMatch(/^\(\d+\.\d s\)$/);
    const { lines: plain } = await runAnalyze([fixtureFile, '--games', '4']);
    expect(plain.some((line) => line.startsWith('Short game'))).toBe(false);
  });

  it('prints JSON with --json: the report, the file and the validator’s warnings', async () => {
    const { lines } = await runAnalyze([fixtureFile, '--games', '4', '--json', '--seed', '3']);
    const json = JSON.parse(lines.join('\n'));
    expect(json).toMatchObject({ file: fixtureFile, reportVersion: 1, fileWarnings: [] });
    expect(json.balance).toMatchObject({ games: 4, seed: 3, textsPlayed: 18 });
  });

  it('validates first: an invalid file prints its errors and exits 1; bad arguments print the usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-bad-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, MINIMAL_SCENARIO.replace('  actionsPerDay: 2\n', '  actionsPerDay: 0\n'));
    const { code, lines } = await runAnalyze([bad]);
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/bad\.yaml:\d+:\d+ {2}error {2}calendar\.actionsPerDay/)]);
    expect((await runAnalyze([])).code).toBe(1);
    expect((await runAnalyze([fixtureFile, '--games', 'many'])).code).toBe(1);
    expect((await runAnalyze([fixtureFile, '--runs', '4'])).lines[0]).toBe('unknown option --runs');
  });
});
