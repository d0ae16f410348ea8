import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandsBroken, census } from '../agents/census';
import { loadScenario } from '../scenario/loader';
import { lengthsOf, withLength } from './gameLength';
import { rulesOf } from './rulesOf';

/**
 * The balance bands on every other shipped scenario (Geneva has its own, fuller tests in simulation.sim.test.ts).
 * 200 games a mediator and 20 a fixed text on fixed seeds keep each under half a minute on a quiet machine; the
 * full census (`npm run simulate -- <file> --census`) plays 1,000 of each.
 */
const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const others = readdirSync(dir).filter(
  (f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json' && f !== 'geneva-2-2014.yaml',
);

describe('balance of every other shipped scenario (fixed seeds)', () => {
  it('includes the Halvane scenario', () => {
    expect(others).toContain('halvane-basin-2041.yaml');
  });

  it('holds for every short game a shipped scenario offers', () => {
    const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json');
    const short = files
      .map((file) => loadScenario(readFileSync(join(dir, file), 'utf8'), file))
      .flatMap((loaded) =>
        loaded.ok && lengthsOf(loaded.scenario).includes('short') ? [loaded.scenario] : [],
      );
    expect(short.map((s) => s.meta.id)).toContain('geneva-2-2014');
    for (const scenario of short) {
      const result = census(rulesOf(withLength(scenario, 'short')), 200, 1, 10);
      expect([scenario.meta.id, bandsBroken(result)]).toEqual([scenario.meta.id, []]);
    }
  });

  for (const file of others) {
    it(`${file}: every balance band holds`, () => {
      const loaded = loadScenario(readFileSync(join(dir, file), 'utf8'), file);
      if (!loaded.ok) throw new Error(`${file} should load`);
      const result = census(rulesOf(loaded.scenario), 200, 1, 20);
      expect(bandsBroken(result)).toEqual([]);
      const rate = (name: string) => result.strategies.find((s) => s.name === name)!.dealRate;
      expect(rate('careful')).toBeGreaterThanOrEqual(0.55);
      expect(rate('careful')).toBeLessThanOrEqual(0.8);
      expect(rate('oracle')).toBeGreaterThanOrEqual(0.95);
    });
  }
});
