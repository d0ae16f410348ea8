import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delegationPolicy } from '../agents/delegationPolicy';
import { loadGeneva } from '../testing/scenarios';
import { applyAction, type MediatorAction } from './actions';
import { compileRules, type GameState, initialState } from './game';
import { begin } from './moves';

const rules = compileRules(loadGeneva());
const parties = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<MediatorAction> = fc.oneof(
  parties.map((party) => ({ type: 'consult' as const, party })),
  parties.map((party) => ({ type: 'press' as const, party })),
  parties.map((party) => ({ type: 'reassure' as const, party })),
  fc.constant({ type: 'statement' as const }),
  fc.constant({ type: 'endDay' as const }),
  fc
    .tuple(
      fc.subarray([0, 1, 2], { minLength: 1 }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }),
    )
    .map(([to, text]) => ({ type: 'table' as const, parties: to, text })),
);

function play(seed: number, actions: readonly MediatorAction[]): GameState {
  let state = begin(rules, initialState(rules, seed)).state;
  for (const a of actions) state = applyAction(rules, state, a, delegationPolicy).state;
  return state;
}

describe('replay', () => {
  it('the same seed and moves give the same game, byte for byte', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(action, { maxLength: 60 }), (seed, actions) => {
        expect(JSON.stringify(play(seed, actions))).toBe(JSON.stringify(play(seed, actions)));
      }),
      { numRuns: 150 },
    );
  });

  it('moves never break the invariants: trust and walk-away within bounds, no action overdrawn', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(action, { maxLength: 80 }), (seed, actions) => {
        const state = play(seed, actions);
        expect(state.actionsLeft).toBeGreaterThanOrEqual(0);
        expect(state.day).toBeLessThanOrEqual(rules.days);
        for (const party of state.parties) {
          expect(party.trustMediator).toBeGreaterThanOrEqual(0);
          expect(party.trustMediator).toBeLessThanOrEqual(100);
          expect(party.walkAway).toBeGreaterThanOrEqual(0);
          expect(party.walkAway).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });
});
