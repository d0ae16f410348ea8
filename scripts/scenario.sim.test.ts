import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_SCENARIO } from '../src/scenario/testing/minimalScenario';
import { FIXTURE_SCENARIO } from '../src/testing/fixtureScenario';

// The scenario CLI as a process: standard input, a closed pipe, and analyze's census on worker threads.
const root = join(import.meta.dirname, '..');
const cli = join(root, 'scripts', 'scenario.ts');
const geneva = join(root, 'scenarios', 'geneva-2-2014.yaml');
const node = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', input, cwd: root });

describe('npm run scenario as a command', () => {
  it('validates standard input named -', () => {
    const good = node(['validate', '-'], MINIMAL_SCENARIO);
    expect([good.status, good.stdout.trim(), good.stderr]).toEqual([0, 'OK <stdin>', '']);
    const bad = node(['validate', '-'], 'schemaVersion: 1\nmeta: [');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^<stdin>:\d+:\d+ {2}error/);
  });

  it.runIf(process.platform !== 'win32')('ends quietly when its output is piped into head', () => {
    const files = Array.from({ length: 400 }, () => JSON.stringify(geneva)).join(' ');
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" --import tsx "${cli}" validate ${files} | head -1; exit \${PIPESTATUS[0]}`,
      ],
      { encoding: 'utf8', cwd: root },
    );
    expect(piped.stdout.trim()).toBe(`OK ${geneva}`);
    expect(piped.stderr).not.toContain('EPIPE');
    expect(piped.status).toBe(0);
  });

  it('analyzes standard input with the census on worker threads, as JSON', () => {
    const run = node(['analyze', '-', '--games', '3', '--json'], FIXTURE_SCENARIO);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ file: '<stdin>', scenario: { id: 'three-valleys' } });
    expect(report.balance.textsPlayed).toBe(18);
    expect(run.status).toBe(
      report.balance.bands.some((b: { status: string }) => b.status === 'WARN') ? 2 : 0,
    );
  });
});
