import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delegationPolicy } from '../agents/delegationPolicy';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { goldenLines } from '../testing/golden';
import { loadFixture } from '../testing/scenarios';
import { applyAction, type MediatorAction } from './actions';
import { compileRules, type GameState, initialState } from './game';
import { begin } from './moves';

const rules = compileRules(loadFixture());
const parties = fc.integer({ min: 0, max: rules.model.parties.length - 1 });
const action: fc.Arbitrary<MediatorAction> = fc.oneof(
  parties.map((party) => ({ type: 'consult' as const, party })),
  parties.map((party) => ({ type: 'press' as const, party })),
  parties.map((party) => ({ type: 'reassure' as const, party })),
  fc.constant({ type: 'statement' as const }),
  fc.constant({ type: 'endDay' as const }),
  fc
    .tuple(
      fc.subarray([0, 1, 2], { minLength: 1 }),
      fc.tuple(...rules.model.optionIds.map((options) => fc.integer({ min: 0, max: options.length - 1 }))),
    )
    .map(([to, text]) => ({ type: 'table' as const, parties: to, text })),
);

function play(seed: number, actions: readonly MediatorAction[]): GameState {
  let state = begin(rules, initialState(rules, seed)).state;
  for (const a of actions) state = applyAction(rules, state, a, delegationPolicy).state;
  return state;
}

const all = [0, 1, 2];
/** Every kind of move, over the whole calendar of the fixture: two actions a day, six days. */
const SCRIPT: MediatorAction[] = [
  { type: 'consult', party: 2 },
  { type: 'table', parties: all, text: FIXTURE_TEXTS.good },
  { type: 'endDay' },
  { type: 'press', party: 0 },
  { type: 'reassure', party: 2 },
  { type: 'endDay' },
  { type: 'statement' },
  { type: 'table', parties: [0, 1], text: FIXTURE_TEXTS.nash },
  { type: 'endDay' },
  { type: 'table', parties: all, text: FIXTURE_TEXTS.everyRedLine },
  { type: 'consult', party: 0 },
  { type: 'consult', party: 1 },
  { type: 'endDay' },
  { type: 'table', parties: all, text: FIXTURE_TEXTS.statusQuo },
  { type: 'press', party: 2 },
  { type: 'endDay' },
  { type: 'table', parties: all, text: FIXTURE_TEXTS.good },
  { type: 'endDay' },
];

describe('replay', () => {
  it('a scripted game on seed 1 plays the recorded moves, reports and final state', async () => {
    const begun = begin(rules, initialState(rules, 1));
    let state = begun.state;
    const lines: unknown[] = [{ begin: begun.reports }];
    for (const a of SCRIPT) {
      const result = applyAction(rules, state, a, delegationPolicy);
      state = result.state;
      lines.push(result.ok ? { action: a, reports: result.reports } : { action: a, refused: result.reason });
    }
    expect(state.outcome).not.toBeNull();
    const { parties: finalParties, ...game } = state;
    lines.push(...finalParties, game);
    await expect(goldenLines(lines)).toMatchFileSnapshot('./__golden__/scripted-game-seed-1.txt');
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
