import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulation } from './simulate';

const geneva = join(import.meta.dirname, '..', 'scenarios', 'geneva-2-2014.yaml');
const run = (args: string[]) => {
  const lines: string[] = [];
  const code = runSimulation(args, (l) => lines.push(l));
  return { code, lines };
};

describe('npm run simulate', () => {
  it('prints the outcome distribution, identically for the same arguments', () => {
    const a = run([geneva, '--runs', '40', '--seed', '5', '--strategy', 'random']);
    const b = run([geneva, '--runs', '40', '--seed', '5', '--strategy', 'random']);
    expect(a.code).toBe(0);
    expect(a.lines).toEqual(b.lines);
    expect(a.lines.join('\n')).toMatch(
      /random\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d\d\s+[\d.]+ \/ [\d.]+ \/ [\d.]+/,
    );
  });

  it('plays different games with a different seed', () => {
    const a = run([geneva, '--runs', '40', '--seed', '5', '--strategy', 'random']);
    const c = run([geneva, '--runs', '40', '--seed', '6', '--strategy', 'random']);
    expect(c.lines.slice(1)).not.toEqual(a.lines.slice(1));
  });

  it('explains a bad strategy name or a missing scenario', () => {
    expect(run([geneva, '--strategy', 'charm'])).toMatchObject({ code: 1 });
    expect(run([geneva, '--strategy', 'charm']).lines[0]).toContain(
      'unknown strategy "charm"; the strategies are: random,',
    );
    expect(run(['nope.yaml'])).toEqual({ code: 1, lines: ['error  nope.yaml: cannot be read'] });
    expect(run([])).toMatchObject({ code: 1 });
  });
});
