import { describe, expect, it } from 'vitest';
import { compileRules } from '../engine/game';
import { loadGeneva } from '../testing/scenarios';
import { playHeadless } from './headlessGame';
import { REPEATABLE, STRATEGY_NAMES } from './mediatorStrategies';
import { simulate } from './simulation';

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

describe('balance of the Geneva scenario (300 games each)', () => {
  it('no fixed one-action strategy brings everyone to Geneva in more than 25% of games', () => {
    for (const action of REPEATABLE) {
      expect(simulate(rules, `repeat-${action}`, 300, 1).dealRate, action).toBeLessThanOrEqual(0.25);
    }
  });

  it('the thoughtful strategy brings everyone in at least 60%', () => {
    expect(simulate(rules, 'thoughtful', 300, 1).dealRate).toBeGreaterThanOrEqual(0.6);
  });
});
