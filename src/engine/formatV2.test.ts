import { describe, expect, it } from 'vitest';
import { playHeadless } from '../agents/headlessGame';
import { BUILT_IN } from '../agents/mediators/builtIn';
import { loadScenario } from '../scenario/loader';
import type { Scenario } from '../scenario/schema';
import { FIXTURE_SCENARIO } from '../testing/fixtureScenario';
import { fixtureV2Text, genevaText, genevaV1Text } from '../testing/scenarios';
import { analyse } from './analysis';
import { gameDigest } from './digest';
import { compileRules, initialState, type Rules } from './game';
import { utility } from './model';
import { begin, consult, endDay, type MoveResult, viewFor } from './moves';
import { playerView } from './playerView';

function load(text: string): Scenario {
  const result = loadScenario(text, 's.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.scenario;
}

const ok = (result: MoveResult) => {
  if (!result.ok) throw new Error(`move refused: ${result.reason}`);
  return result;
};

/** Ends every day until the meeting convenes, and says which days the reports named. */
function waitForConference(rules: Rules, seed = 1) {
  let state = begin(rules, initialState(rules, seed)).state;
  const played = [state.day];
  const days: number[] = [];
  while (!state.outcome) {
    const result = ok(endDay(rules, state));
    for (const r of result.reports) if (r.kind === 'day') days.push(r.day);
    state = result.state;
    if (!state.outcome) played.push(state.day);
  }
  return { state, played, days };
}

describe('a version-1 file plays the same game as its version-2 form', () => {
  const pairs = [
    ['the three-valley fixture', FIXTURE_SCENARIO, fixtureV2Text()],
    ['Geneva', genevaV1Text(), genevaText()],
  ] as const;
  for (const [name, v1, v2] of pairs) {
    it(name, () => {
      const a = compileRules(load(v1));
      const b = compileRules(load(v2));
      for (const seed of [1, 2, 3]) {
        for (const strategy of ['careful', 'random'] as const) {
          const one = playHeadless(a, seed, BUILT_IN[strategy]!);
          const two = playHeadless(b, seed, BUILT_IN[strategy]!);
          expect(gameDigest(two.state)).toBe(gameDigest(one.state));
          expect(two.outcome).toEqual(one.outcome);
        }
      }
    });
  }
});

// The fixture in version 2, with Upper Valley indifferent to monitoring: no weight, no points.
const UPPER_MONITORS = '      monitors: { weight: 1, evidence: { inferred: it dislikes inspectors } }\n';
const UPPER_MONITOR_POINTS =
  '      monitors:\n        none: { points: 100, evidence: { inferred: as now } }\n        joint: { points: 50, evidence: { inferred: tolerable } }\n    redLines:\n      - issue: water\n        option: lower-first';
const indifferent = fixtureV2Text()
  .replace(UPPER_MONITORS, '')
  .replace(UPPER_MONITOR_POINTS, '    redLines:\n      - issue: water\n        option: lower-first');

describe('a party that does not care about an issue', () => {
  const scenario = load(indifferent);
  const rules = compileRules(scenario);
  const upper = 0;
  const monitors = 2;

  it('counts nothing for it: its weights are normalised over the issues it weighs', () => {
    const party = rules.model.parties[upper]!;
    expect(party.cares).toEqual([true, true, false]);
    expect(party.weights).toEqual([1 / 3, 2 / 3, 0]);
    expect(utility(party, [1, 1, 0])).toBe(utility(party, [1, 1, 1]));
    const state = initialState(rules, 1);
    expect(state.parties[upper]!.weights[monitors]).toBe(0);
  });

  it('takes no public position on it, in private or in the player view', () => {
    const started = begin(rules, initialState(rules, 1));
    const consulted = ok(consult(rules, started.state, upper));
    const report = consulted.reports[0]!;
    if (report.kind !== 'consult') throw new Error('expected a consultation');
    expect(report.priorities[monitors]).toBe(0);
    expect(report.preferred[monitors]).toBe(-1);
    const view = playerView(rules, consulted.state, [
      { day: 0, reports: started.reports },
      { day: 0, reports: consulted.reports },
    ]);
    expect(view.parties[upper]!.favourite).toEqual({ dam: 'large', water: 'upper-first' });
    expect(view.parties[upper]!.readings[0]!.preferred).not.toHaveProperty('monitors');
    expect(view.parties[1]!.favourite).toHaveProperty('monitors', 'joint');
    // What the others know of it: nothing on monitoring.
    const middle = viewFor(rules, consulted.state, 1, [1, 1, 1]);
    expect(middle.othersPublicPoints[upper]![monitors]).toEqual([0, 0]);
  });

  it('leaves the analysis sound, and plays whole games', () => {
    const analysis = analyse(rules.model);
    expect(analysis.zoneSize).toBeGreaterThan(0);
    expect([...analysis.utilities].every(Number.isFinite)).toBe(true);
    for (const seed of [1, 2])
      expect(playHeadless(rules, seed, BUILT_IN.careful!).outcome.text).toHaveLength(3);
  });

  it('cannot be made to care by news: a weight effect on it is an error in the file', () => {
    const effect = indifferent.replace(
      '      - kind: weight\n        party: upper\n        issue: water',
      '      - kind: weight\n        party: upper\n        issue: monitors',
    );
    const result = loadScenario(effect, 's.yaml');
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'events[2].effects[0].issue: upper gives the issue "monitors" no weight, so an event cannot change how much it matters',
    ]);
  });

  it('may also say so with a weight of 0', () => {
    const zero = fixtureV2Text().replace(UPPER_MONITORS, UPPER_MONITORS.replace('weight: 1', 'weight: 0'));
    const party = compileRules(load(zero)).model.parties[upper]!;
    expect(party.cares).toEqual([true, true, false]);
    expect(party.weights).toEqual([1 / 3, 2 / 3, 0]);
  });
});

describe('a value effect', () => {
  // On 3 March (day 2), news makes shared water worth 30 more to Upper Valley (70 → 100).
  const withValue = fixtureV2Text().replace(
    '  - id: drought-report',
    '  - id: quota-offer\n    date: 2020-03-03\n    title: Upper Valley warms to a quota\n    text: A quota would pay for its new pumps.\n    inferred: a plausible offer\n    effects:\n      - { kind: value, party: upper, issue: water, option: shared, delta: 30 }\n      - { kind: value, party: lower, issue: dam, option: none, delta: 50 }\n  - id: drought-report',
  );
  const rules = compileRules(load(withValue));

  it('changes the points, and the utility, on its day and not before', () => {
    let state = begin(rules, initialState(rules, 1)).state;
    state = ok(endDay(rules, state)).state;
    expect(state.parties[0]!.points).toBeUndefined();
    const before = viewFor(rules, state, 0, [1, 1, 1]);
    const next = ok(endDay(rules, state));
    expect(next.reports).toContainEqual({ kind: 'event', event: 'quota-offer', consultations: [] });
    const after = viewFor(rules, next.state, 0, [1, 1, 1]);
    expect(after.points[1]).toEqual([100, 100, 0]);
    // 100 + 50 would be 150: points stay within 0–100.
    expect(next.state.parties[2]!.points![0]).toEqual([100, 60, 0]);
    expect(after.points[0]).toEqual(before.points[0]);
    expect(after.points[1]![1]! - before.points[1]![1]!).toBe(30);
    expect(next.state.parties[0]!.shifted).toBe(state.parties[0]!.shifted + 1);
  });

  it('is deterministic: the same seed and moves give the same game', () => {
    const one = playHeadless(rules, 4, BUILT_IN.careful!);
    const two = playHeadless(compileRules(load(withValue)), 4, BUILT_IN.careful!);
    expect(gameDigest(two.state)).toBe(gameDigest(one.state));
  });

  it('names parties, issues and options that exist, with a did-you-mean', () => {
    const typo = withValue.replace('option: shared, delta: 30', 'option: shard, delta: 30');
    const result = loadScenario(typo, 's.yaml');
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message} (${e.hint})`)).toEqual([
      'events[2].effects[0].option: there is no option "shard" (did you mean "shared"?)',
    ]);
  });
});

describe('calendar.lastDay', () => {
  const withLastDay = (date: string) =>
    load(
      fixtureV2Text().replace('  conference: 2020-03-07\n', `  conference: 2020-03-07\n  lastDay: ${date}\n`),
    );

  it('by default is the day before the conference: six days played, the meeting on day 6', () => {
    const rules = compileRules(load(fixtureV2Text()));
    expect([rules.days, rules.conferenceDay]).toEqual([6, 6]);
    const { state, played, days } = waitForConference(rules);
    expect(played).toEqual([0, 1, 2, 3, 4, 5]);
    expect(days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(state.outcome!.day).toBe(6);
    expect(compileRules(withLastDay('2020-03-06'))).toMatchObject({ days: 6, conferenceDay: 6 });
  });

  it('on the conference date plays one more day; the meeting convenes at its end', () => {
    const rules = compileRules(withLastDay('2020-03-07'));
    expect([rules.days, rules.conferenceDay]).toEqual([7, 6]);
    const { state, played, days } = waitForConference(rules);
    expect(played).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(state.outcome!.day).toBe(6);
    expect(state.walkAwaysByDay).toHaveLength(7);
  });

  it('earlier: fewer days played, and the news of the days between still comes before the meeting', () => {
    const rules = compileRules(withLastDay('2020-03-03'));
    expect([rules.days, rules.conferenceDay]).toEqual([3, 6]);
    const { state, played, days } = waitForConference(rules);
    expect(played).toEqual([0, 1, 2]);
    expect(days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(state.firedEvents).toContain('drought-report');
    expect(state.outcome!.day).toBe(6);
  });
});
