import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO } from '../src/testing/fixtureScenario';
import { runSimulation } from './simulate';

// The three-valley fixture as a file, so the recorded output does not move when Geneva is retuned.
const fixture = join(mkdtempSync(join(tmpdir(), 'simulate-')), 'three-valleys.yaml');
writeFileSync(fixture, FIXTURE_SCENARIO);

const genevaFile = join(import.meta.dirname, '..', 'scenarios', 'geneva-2-2014.yaml');

const run = async (args: string[]) => {
  const lines: string[] = [];
  const code = await runSimulation(args, (l) => lines.push(l));
  return { code, lines };
};

describe('npm run simulate', () => {
  it('prints the recorded outcome distribution for every strategy', async () => {
    const { code, lines } = await run([fixture, '--runs', '20', '--seed', '5', '--strategy', 'all']);
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(
      /random\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d\d\s+(\d+\.\d%|–)\s+[\d.]+ \/ [\d.]+ \/ [\d.]+/,
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__golden__/simulate-three-valleys.txt');
  });

  it('plays different games with a different seed', async () => {
    const a = await run([fixture, '--runs', '40', '--seed', '5', '--strategy', 'random']);
    const c = await run([fixture, '--runs', '40', '--seed', '6', '--strategy', 'random']);
    expect(c.lines.slice(1)).not.toEqual(a.lines.slice(1));
  });

  it('explains a bad strategy name or a missing scenario', async () => {
    expect(await run([fixture, '--strategy', 'charm'])).toMatchObject({ code: 1 });
    expect((await run([fixture, '--strategy', 'charm'])).lines[0]).toContain(
      'unknown strategy "charm"; the strategies are: random,',
    );
    expect(await run(['nope.yaml'])).toEqual({ code: 1, lines: ['error  nope.yaml: no such file'] });
    expect(await run([])).toMatchObject({ code: 1 });
  });

  it('prints the census of a scenario: every fixed text, every built-in mediator, and whether the bands hold', async () => {
    const { code, lines } = await run([fixture, '--census', '--runs', '20', '--json']);
    const result = JSON.parse(lines.join('\n'));
    expect(result.fixedTexts).toHaveLength(18);
    expect(result.strategies.map((s: { name: string }) => s.name)).toContain('careful');
    expect(code).toBe(result.bandsBroken.length > 0 ? 2 : 0);
  });
});

describe('bring your own mediator', () => {
  it('plays a user-written mediator from its file and prints the results as JSON', async () => {
    const policy = join(import.meta.dirname, '..', 'docs', 'examples', 'first-mediator.ts');
    const lines: string[] = [];
    const code = await runSimulation([genevaFile, '--policy', policy, '--runs', '20', '--json'], (l) =>
      lines.push(l),
    );
    expect(code).toBe(0);
    const result = JSON.parse(lines.join('\n'));
    expect(result.results).toHaveLength(1);
    expect(result.results[0].strategy).toBe(policy);
    expect(result.results[0].runs).toBe(20);
    expect(result.results[0].dealRate).toBeGreaterThanOrEqual(0);
  });

  it('says plainly what is wrong with a file that is not a mediator', async () => {
    const lines: string[] = [];
    const notAFactory = join(import.meta.dirname, '..', 'src', 'engine', 'calendar.ts');
    expect(await runSimulation([genevaFile, '--policy', notAFactory], (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toContain('its default export must be a factory function');
    lines.length = 0;
    expect(await runSimulation([genevaFile, '--policy', 'nowhere.ts'], (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^error {2}nowhere\.ts: cannot be loaded/);
  });
});
