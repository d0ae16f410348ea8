import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    writeFileSync(bad, readFileSync(geneva, 'utf8').replace('  actionsPerDay: 3', '  actionsPerDay: 0'));
    const { code, lines } = run([bad, geneva]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${bad}:555:18  error  calendar.actionsPerDay: expected a number of at least 1, found 0`,
      `OK ${geneva}`,
    ]);
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
