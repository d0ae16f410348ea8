import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from '../engine/actions';
import type { Answer, DelegationView, Policy } from '../engine/answer';
import { compileRules, initialState, type Rules } from '../engine/game';
import { redLineCrossed, utilityOf } from '../engine/model';
import { compileMove, type MediatorMove } from '../engine/move';
import { begin, viewFor } from '../engine/moves';
import { playerViewer } from '../engine/playerView';
import { rngFrom, seedStreams } from '../engine/rng';
import { scenarioSchema } from '../scenario/schema';
import { LARGEST, largestScenario } from '../testing/largestScenario';
import { SEARCH_BUDGET, searchCounterProposal } from './counterProposal';
import { delegationPolicy, targetUtility } from './delegationPolicy';
import { unbudgetedCounterProposal } from './testing/unbudgetedCounterProposal';

/** Views small enough (at most 15,625 texts) that the search before the budget always finished. */
const smallView = fc
  .record({
    issues: fc.integer({ min: 1, max: 6 }),
    options: fc.integer({ min: 2, max: 5 }),
    others: fc.integer({ min: 0, max: 3 }),
    redLines: fc.integer({ min: 0, max: 4 }),
    coarse: fc.boolean(),
  })
  .filter((c) => c.options ** c.issues <= 15_625)
  .chain((c) => {
    // Coarse points (multiples of 50) make many ties: the search must break them as it always did.
    const point = c.coarse ? fc.constantFrom(0, 50, 100) : fc.integer({ min: 0, max: 100 });
    const table = fc.array(fc.array(point, { minLength: c.options, maxLength: c.options }), {
      minLength: c.issues,
      maxLength: c.issues,
    });
    return fc.record({
      rawWeights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: c.issues, maxLength: c.issues }),
      points: table,
      others: fc.array(fc.option(table, { nil: null }), { minLength: c.others, maxLength: c.others }),
      text: fc.array(fc.integer({ min: 0, max: c.options - 1 }), {
        minLength: c.issues,
        maxLength: c.issues,
      }),
      red: fc.array(
        fc.tuple(fc.integer({ min: 0, max: c.issues - 1 }), fc.integer({ min: 0, max: c.options - 1 })),
        { maxLength: c.redLines },
      ),
      target: fc.integer({ min: 0, max: 100 }),
    });
  })
  .map(({ rawWeights, points, others, text, red, target }) => {
    const total = rawWeights.reduce((a, b) => a + b, 0);
    const weights = rawWeights.map((w) => w / total);
    const view: DelegationView = {
      party: 0,
      text,
      time: 0,
      weights,
      points,
      redLine: points.map((row, i) => row.map((_, o) => red.some(([ri, ro]) => ri === i && ro === o))),
      walkAway: 0,
      best: 100,
      exponent: 1,
      trustMediator: 50,
      trustParties: [100, ...others.map(() => 50)],
      othersPublicPoints: [null, ...others],
      othersConcession: 0,
      engagement: 0,
      trustInOthers: 50,
    };
    return { view, target };
  });

let compiled: Rules | undefined;
const largest = (): Rules => {
  compiled ??= compileRules(scenarioSchema.parse(largestScenario()));
  return compiled;
};

/** A policy that answers as the delegations do and records the work each counter-proposal took. */
function countingPolicy(work: number[]): Policy {
  return (view, rng) => {
    const answer = delegationPolicy(view, rng);
    if (answer.kind === 'counter' || answer.kind === 'reject') {
      // The policy draws the target first; the same draw on a copy of the stream gives the same target.
      const search = searchCounterProposal(view, answer.aspiration);
      work.push(search.work);
      expect(search.counter ?? undefined).toEqual(answer.counter);
    }
    return answer;
  };
}

describe('the counter-proposal search', () => {
  it('gives the answer the search before the budget gave, wherever that one finished', () => {
    let counters = 0;
    let nulls = 0;
    fc.assert(
      fc.property(smallView, ({ view, target }) => {
        const search = searchCounterProposal(view, target);
        expect(search.complete).toBe(true);
        expect(search.counter).toEqual(unbudgetedCounterProposal(view, target));
        if (search.counter) counters++;
        else nulls++;
      }),
      { numRuns: 800 },
    );
    expect(counters).toBeGreaterThan(100);
    expect(nulls).toBeGreaterThan(100);
  });

  it('stops at its budget, with the best text found so far', () => {
    const rules = largest();
    const state = begin(rules, initialState(rules, 1)).state;
    let exhausted = 0;
    for (let p = 0; p < LARGEST.parties; p++) {
      const view = viewFor(rules, state, p, rules.model.statusQuo);
      const target = targetUtility(view, rngFrom(seedStreams(1, 1)[0]!));
      const search = searchCounterProposal(view, target);
      expect(search.work).toBeLessThanOrEqual(SEARCH_BUDGET + 1);
      if (!search.complete) exhausted++;
      // Whatever the budget left it, a counter-proposal is a text the party would take.
      if (search.counter) {
        const party = rules.model.parties[p]!;
        expect(redLineCrossed(party, search.counter)).toBe(-1);
        expect(utilityOf(view.points, view.weights, search.counter)).toBeGreaterThanOrEqual(target);
      }
    }
    // The largest scenario is built so that the status quo makes most delegations search to the budget.
    expect(exhausted).toBeGreaterThan(0);
  });

  it('keeps every answer within its budget in a game of the largest scenario', () => {
    const rules: Rules = largest();
    const work: number[] = [];
    const policy = countingPolicy(work);
    let state = begin(rules, initialState(rules, 3)).state;
    const heard = [{ day: 0, reports: [] as never[] }];
    const view = playerViewer(rules);
    const everyone = rules.model.parties.map((p) => p.id);
    const text = (pick: (issue: number) => number) =>
      Object.fromEntries(rules.model.issueIds.map((id, i) => [id, rules.model.optionIds[i]![pick(i)]!]));
    const moves: MediatorMove[] = [
      { type: 'table', parties: everyone, text: text(() => 0) },
      { type: 'consult', party: everyone[0]! },
      { type: 'table', parties: everyone, text: text((i) => (i * 5) % LARGEST.options) },
      { type: 'table', parties: everyone, text: text((i) => (i < 6 ? 0 : 3)) },
      { type: 'endDay' },
      { type: 'table', parties: everyone, text: text(() => 1) },
    ];
    const answers: Answer[] = [];
    for (const move of moves) {
      const compiled = compileMove(rules.model, move);
      if (!compiled.ok) throw new Error(`the move ${move.type} does not compile`);
      const result = applyAction(rules, state, compiled.value, policy);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      for (const report of result.reports)
        if (report.kind === 'table') answers.push(...report.answers.map((a) => a.answer));
      state = result.state;
      view(state, heard);
    }
    expect(answers.length).toBe(4 * LARGEST.parties);
    expect(work.length).toBeGreaterThan(0);
    for (const w of work) expect(w).toBeLessThanOrEqual(SEARCH_BUDGET + 1);
  });
});
