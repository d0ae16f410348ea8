import { describe, expect, it } from 'vitest';
import { REPEATABLE, STRATEGY_NAMES } from '../agents/mediatorStrategies';
import { loadGeneva } from '../testing/scenarios';
import { playOnce, simulate } from './simulation';

const geneva = loadGeneva();

describe('the simulator', () => {
  it('plays the same game through the machine as straight through the engine', () => {
    for (const strategy of STRATEGY_NAMES) {
      for (const seed of [1, 2]) {
        expect(playOnce(geneva, seed, strategy, 'machine'), `${strategy} ${seed}`).toEqual(
          playOnce(geneva, seed, strategy, 'engine'),
        );
      }
    }
  });
});

describe('balance of the Geneva scenario, through the machine (300 games each)', () => {
  it('no fixed one-action strategy brings everyone to Geneva in more than 25% of games', () => {
    for (const action of REPEATABLE) {
      expect(simulate(geneva, `repeat-${action}`, 300, 1).dealRate, action).toBeLessThanOrEqual(0.25);
    }
  });

  it('the thoughtful strategy brings everyone in at least 60%', () => {
    expect(simulate(geneva, 'thoughtful', 300, 1).dealRate).toBeGreaterThanOrEqual(0.6);
  });
});
