import { describe, expect, it } from 'vitest';
import { delegationPolicy } from '../agents/delegationPolicy';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { loadFixture } from '../testing/scenarios';
import { applyAction } from './actions';
import { compileRules, initialState } from './game';
import { begin, consult, endDay, type MoveResult, press, reassure, statement, table } from './moves';

// The three-valley fixture: 2 actions a day, 6 days; see src/testing/fixtureScenario.ts for its numbers.
const rules = compileRules(loadFixture());
const fresh = (seed = 1) => begin(rules, initialState(rules, seed)).state;
const ok = (result: MoveResult) => {
  if (!result.ok) throw new Error(`move refused: ${result.reason}`);
  return result;
};
const party = (id: string) => rules.model.parties.findIndex((p) => p.id === id);
const text = (...ids: string[]) => ids.map((id, i) => rules.model.optionIds[i]!.indexOf(id));

describe('the mediator’s moves', () => {
  it('each cost one action, and none is possible when the day’s actions are spent', () => {
    let state = fresh();
    expect(state.actionsLeft).toBe(2);
    state = ok(consult(rules, state, 0)).state;
    state = ok(press(rules, state, 1)).state;
    expect(state.actionsLeft).toBe(0);
    expect(statement(rules, state)).toMatchObject({ ok: false, reason: 'no-actions-left' });
    expect(reassure(rules, state, 0)).toMatchObject({ ok: false, reason: 'no-actions-left' });
    const next = ok(endDay(rules, state)).state;
    expect(next).toMatchObject({ day: 1, actionsLeft: 2 });
    // The walk-away values of each day are kept, for the zone of agreement by day.
    expect(next.walkAwaysByDay).toHaveLength(2);
    expect(next.walkAwaysByDay[1]).toEqual(next.parties.map((p) => p.walkAway));
  });

  it('pressing the same party yields less each time, and costs trust', () => {
    let state = fresh();
    const deltas: number[] = [];
    const trust: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = ok(press(rules, state, 0));
      const report = result.reports[0]!;
      if (report.kind !== 'press') throw new Error('expected a press report');
      deltas.push(report.walkAwayDelta);
      trust.push(report.trustDelta);
      state = result.state;
      if (state.actionsLeft === 0) state = ok(endDay(rules, state)).state;
    }
    expect(deltas).toEqual([-6, -3, -1.5]);
    expect(trust).toEqual([-8, -8, -8]);
    expect(state.parties[0]!.walkAway).toBe(60 - 10.5);
  });

  it('a walk-away value never falls more than 15 below the scenario’s, however often pressed', () => {
    let state = fresh();
    for (let day = 0; day < rules.days - 1; day++) {
      while (state.actionsLeft > 0)
        state = ok(state.actionsLeft % 2 ? press(rules, state, 2) : statement(rules, state)).state;
      state = ok(endDay(rules, state)).state;
    }
    // Five presses and five statements would take 17.4 off lower's 50; the floor stops them at 35.
    expect(state.parties[2]!.walkAway).toBe(50 - 15);
  });

  it('repeated consultations tell less: the noise in what a party reveals grows', () => {
    let state = fresh();
    const noise: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = ok(consult(rules, state, 0));
      const report = result.reports[0]!;
      if (report.kind !== 'consult') throw new Error('expected a consult report');
      noise.push(report.noise);
      state = result.state;
      if (state.actionsLeft === 0) state = ok(endDay(rules, state)).state;
    }
    expect(noise[1]).toBeGreaterThan(noise[0]!);
    expect(noise[2]).toBeGreaterThan(noise[1]!);
  });

  it('a party that walked out takes no call and cannot be pressed: the engine refuses, not the screen', () => {
    const state = fresh();
    const out = { ...state, parties: state.parties.map((p, i) => (i === 0 ? { ...p, walkedOut: true } : p)) };
    expect(consult(rules, out, 0)).toMatchObject({ ok: false, reason: 'walked-out' });
    expect(press(rules, out, 0)).toMatchObject({ ok: false, reason: 'walked-out' });
    expect(reassure(rules, out, 0).ok).toBe(true);
    expect(consult(rules, out, 1).ok).toBe(true);
  });

  it('reassuring brings back a party that walked out, once it trusts the mediator again', () => {
    let state = fresh();
    state = {
      ...state,
      parties: state.parties.map((p, i) => (i === 0 ? { ...p, walkedOut: true, trustMediator: 25 } : p)),
    };
    state = ok(reassure(rules, state, 0)).state;
    expect(state.parties[0]!.walkedOut).toBe(false);
  });

  it('tabling a text to everyone makes it the conference text; each delegation answers', () => {
    const state = fresh();
    const monitorsNone = text('small', 'shared', 'none');
    const result = ok(table(rules, state, [0, 1, 2], monitorsNone, delegationPolicy));
    const report = result.reports[0]!;
    if (report.kind !== 'table') throw new Error('expected a table report');
    expect(report.answers.map((a) => a.party)).toEqual([0, 1, 2]);
    // Only lower holds a red line against "no monitors".
    expect(report.answers.map((a) => a.answer.redLine)).toEqual([
      undefined,
      undefined,
      { issue: 2, option: 0 },
    ]);
    expect(result.state.tabledToAll).toEqual(monitorsNone);
    // A text tabled to some parties only is not the conference text.
    const some = ok(table(rules, state, [0, 1], FIXTURE_TEXTS.good, delegationPolicy));
    expect(some.state.tabledToAll).toBeNull();
  });

  it('refuses a malformed text or party', () => {
    const state = fresh();
    expect(table(rules, state, [0], [0, 0], delegationPolicy)).toMatchObject({
      ok: false,
      reason: 'bad-text',
    });
    expect(table(rules, state, [0], [0, 0, 2], delegationPolicy)).toMatchObject({
      ok: false,
      reason: 'bad-text',
    });
    expect(table(rules, state, [3], [0, 0, 0], delegationPolicy)).toMatchObject({
      ok: false,
      reason: 'bad-party',
    });
    expect(consult(rules, state, -1)).toMatchObject({ ok: false, reason: 'bad-party' });
  });

  it('a scheduled meeting consults its parties for free', () => {
    let state = fresh();
    const result = ok(endDay(rules, state));
    state = result.state;
    const visit = result.reports.find((r) => r.kind === 'event' && r.event === 'joint-visit');
    if (visit?.kind !== 'event') throw new Error('expected the joint visit');
    expect(visit.consultations.map((c) => c.party)).toEqual([party('upper'), party('middle')]);
    expect(state.parties.map((p) => p.consultations)).toEqual([1, 1, 0]);
    expect(state.actionsLeft).toBe(2);
  });

  it('the conference comes on its date, and decides by walk-away values and red lines', () => {
    let state = fresh();
    state = ok(table(rules, state, [0, 1, 2], FIXTURE_TEXTS.good, delegationPolicy)).state;
    let last: MoveResult | undefined;
    while (!state.outcome) {
      last = ok(applyAction(rules, state, { type: 'endDay' }, delegationPolicy));
      state = last.state;
    }
    expect(state.day).toBe(6);
    // Upper's weights are water 4/6 after day 3: (60 + 4 × 70 + 50) / 6 = 65.
    expect(state.outcome).toMatchObject({
      text: FIXTURE_TEXTS.good,
      attends: [true, true, true],
      utilities: [65, 100, 80],
      reasons: ['clears-walk-away', 'clears-walk-away', 'clears-walk-away'],
      deal: true,
      day: 6,
    });
    expect(endDay(rules, state)).toMatchObject({ ok: false, reason: 'game-over' });
  });

  it('the status quo is the conference text when nothing was tabled to all, and lower’s red line keeps it away', () => {
    const held = ok(applyAction(rules, fresh(), { type: 'callConference' }, delegationPolicy));
    expect(held.state.outcome).toMatchObject({
      text: FIXTURE_TEXTS.statusQuo,
      attends: [true, true, false],
      utilities: [75, 50, 25],
      reasons: ['clears-walk-away', 'clears-walk-away', 'red-line'],
      deal: false,
      day: 0,
    });
  });
});
