import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_SCENARIO } from '../src/scenario/testing/minimalScenario';
import { validate } from './scenario';

const root = join(import.meta.dirname, '..');
const geneva = join(root, 'scenarios', 'geneva-2-2014.yaml');

function run(files: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = validate(files, (line) => lines.push(line));
  return { code, lines };
}

describe('npm run scenario -- validate', () => {
  it('prints OK for a good file and exits 0', () => {
    expect(run([geneva])).toEqual({ code: 0, lines: [`OK ${geneva}`] });
  });

  it('prints each error with file:line:col and exits 1, and still checks the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const bad = join(dir, 'bad.yaml');
    const text = MINIMAL_SCENARIO.replace('  actionsPerDay: 2\n', '  actionsPerDay: 0\n');
    writeFileSync(bad, text);
    // The position comes from the file written, not from a line number known in advance.
    const lines = text.split('\n');
    const line = lines.indexOf('  actionsPerDay: 0');
    expect(line).toBeGreaterThan(0);
    const { code, lines: printed } = run([bad, geneva]);
    expect(code).toBe(1);
    expect(printed).toEqual([
      `${bad}:${line + 1}:${lines[line]!.indexOf('0') + 1}  error  calendar.actionsPerDay: expected a number of at least 1, found 0`,
      `OK ${geneva}`,
    ]);
  });

  it('passes a version-1 file (exit 0, no warning) and prints the note that it was read as version 2', () => {
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
    expect(run([old])).toEqual({
      code: 0,
      lines: [
        `OK ${old}`,
        `${old}:1:16  note  schemaVersion: this file is format version 1; it was read as version 2\n    hint: set schemaVersion: 2 and meta.kind (historical or fictional) to silence this note`,
      ],
    });
  });

  it('names a missing file without a stack trace', () => {
    expect(run(['no-such-file.yaml'])).toEqual({
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
