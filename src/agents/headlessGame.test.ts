import { describe, expect, it } from 'vitest';
import { compileRules } from '../engine/game';
import { loadGeneva } from '../testing/scenarios';
import { playHeadless } from './headlessGame';
import { STRATEGY_NAMES } from './mediatorStrategies';

const rules = compileRules(loadGeneva());

describe('headless games', () => {
  it('replay exactly: the same scenario, seed and strategy give the same game, byte for byte', () => {
    for (const strategy of STRATEGY_NAMES) {
      const a = playHeadless(rules, 42, strategy);
      const b = playHeadless(rules, 42, strategy);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });

  it('differ with the seed', () => {
    const games = Array.from({ length: 12 }, (_, seed) =>
      JSON.stringify(playHeadless(rules, seed, 'random').state),
    );
    expect(new Set(games).size).toBeGreaterThan(10);
  });

  it('always end at the conference, on or before its date', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { outcome } = playHeadless(rules, seed, 'random');
      expect(outcome.day).toBeLessThanOrEqual(rules.days);
    }
  });
});
