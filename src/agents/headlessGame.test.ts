import { describe, expect, it } from 'vitest';
import { compileRules } from '../engine/game';
import { goldenLines } from '../testing/golden';
import { loadFixture } from '../testing/scenarios';
import { playHeadless } from './headlessGame';
import { BUILT_IN } from './mediators/builtIn';

const rules = compileRules(loadFixture());

/** A played game as a golden file: the count of actions, the outcome, then the final state party by party. */
function golden(strategy: string, seed: number): string {
  const { actions, outcome, state } = playHeadless(rules, seed, BUILT_IN[strategy]!);
  const { parties, ...game } = state;
  return goldenLines([{ strategy, seed, actions }, outcome, ...parties, { ...game, outcome: undefined }]);
}

describe('headless games', () => {
  // Recorded with `npx vitest run -u`: a change in the rules, the policy or a strategy shows as a diff here.
  for (const strategy of ['careful', 'random'] as const) {
    it(`replay exactly: ${strategy} on seed 1 plays the recorded game`, async () => {
      await expect(golden(strategy, 1)).toMatchFileSnapshot(`./__golden__/headless-${strategy}-seed-1.txt`);
    });
  }

  it('differ with the seed', () => {
    const games = Array.from({ length: 12 }, (_, seed) =>
      JSON.stringify(playHeadless(rules, seed, BUILT_IN.random!).state),
    );
    expect(new Set(games).size).toBeGreaterThan(10);
  });

  it('always end at the conference, on or before its date', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { outcome } = playHeadless(rules, seed, BUILT_IN.random!);
      expect(outcome.day).toBeLessThanOrEqual(rules.days);
    }
  });
});
