import { describe, expect, it } from 'vitest';
import { delegationPolicy } from '../agents/delegationPolicy';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { loadFixture } from '../testing/scenarios';
import { applyAction, type MediatorAction } from './actions';
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
    // 4 × 0.5^pressed off the walk-away value, 8 off the trust each time.
    expect(deltas).toEqual([-4, -2, -1]);
    expect(trust).toEqual([-8, -8, -8]);
    expect(state.parties[0]!.walkAway).toBe(60 - 7);
  });

  it('however often pressed, a walk-away value comes down only so far, never more than 15 below this game’s draw', () => {
    let state = fresh();
    for (let day = 0; day < rules.days - 1; day++) {
      while (state.actionsLeft > 0)
        state = ok(state.actionsLeft % 2 ? press(rules, state, 2) : statement(rules, state)).state;
      state = ok(endDay(rules, state)).state;
    }
    // Five presses take 4 + 2 + 1 + 0.5 + 0.25 off lower's 50, five statements 1.5 + 0.75 + … + 0.09375: the
    // halving keeps the total under 8 + 3, however long the mediator goes on.
    expect(state.parties[2]!.drawnWalkAway).toBe(50);
    expect(state.parties[2]!.walkAway).toBe(50 - 7.75 - 2.90625);
    // Moves alone never reach the floor; after news that brought lower 14 below its draw, a press stops at 15.
    const start = fresh();
    const shaken = {
      ...start,
      parties: start.parties.map((p, i) => (i === 2 ? { ...p, walkAway: 50 - 14 } : p)),
    };
    const pressed = ok(press(rules, shaken, 2));
    expect(pressed.state.parties[2]!.walkAway).toBe(50 - 15);
    expect(pressed.reports[0]).toMatchObject({ kind: 'press', walkAwayDelta: -1, trustDelta: -8 });
  });

  it('repeated consultations tell more: the noise in what a party reveals shrinks', () => {
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
    // 24 × (1 − trust / 120) / √(1 + consultations): upper's first reading, at trust 60, is give or take 12.
    expect(noise[0]).toBe(12);
    // Each consultation (the joint visit's free one included) and the trust it brings sharpen the next reading.
    expect(noise[1]).toBeLessThan(noise[0]!);
    expect(noise[2]).toBeLessThan(noise[1]!);
    expect(state.parties[0]!.consultations).toBe(4);
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

  it('the conference comes on its date; a text tabled once and left alone does not bring upper', () => {
    let state = fresh();
    state = ok(table(rules, state, [0, 1, 2], FIXTURE_TEXTS.good, delegationPolicy)).state;
    let last: ReturnType<typeof ok> | undefined;
    while (!state.outcome) {
      last = ok(applyAction(rules, state, { type: 'endDay' }, delegationPolicy));
      state = last.state;
    }
    expect(state.day).toBe(6);
    // Upper's weights are water 4/6 after day 3: (60 + 4 × 70 + 50) / 6 = 65. Met only at the joint visit,
    // upper has come down from 100 to about 77.6 (its walk-away is 60): it stays away. Middle accepted the text on
    // day 0 and nothing has moved it since. Lower refused it then; never engaged, it comes only 40% of the way
    // down by the day, 50 + 50 × 0.6 = 80, and its low trust in the mediator (39) adds a little more than the
    // others' concessions take off: it asks a hair above its 80.
    expect(state.outcome).toMatchObject({
      text: FIXTURE_TEXTS.good,
      attends: [false, true, false],
      utilities: [65, 100, 80],
      reasons: ['demands-more', 'accepted', 'demands-more'],
      lastAnswers: ['reject', 'accept', 'reject'],
      deal: false,
      day: 6,
    });
    const { demands } = state.outcome!;
    expect(demands[0]).toBeGreaterThan(65);
    expect(demands[0]).toBeLessThan(100);
    expect(demands[2]).toBeGreaterThan(80);
    expect(demands[2]).toBeLessThan(81);
    expect(endDay(rules, state)).toMatchObject({ ok: false, reason: 'game-over' });
    expect(last?.reports.map((r) => r.kind)).toEqual(['day', 'conference']);
  });

  it('a delegation the mediator engaged asks less on the day: consulting lower brings it to the Nash text', () => {
    // The Nash text gives lower 65. Lower's demand on the day is 50 + 50 × (1 − reach), reach = 0.4 + 0.6 ×
    // engagement: never consulted, it asks about 80; consulted three times (0.2 + 0.15 + 0.1125 = 0.4625), still
    // about 65.5; four times (+ 0.084375 = 0.546875), about 63.
    const play = (moves: readonly MediatorAction[]) => {
      let state = fresh();
      for (const move of moves) state = ok(applyAction(rules, state, move, delegationPolicy)).state;
      while (!state.outcome) state = ok(endDay(rules, state)).state;
      return state.outcome!;
    };
    const tableNash: MediatorAction = { type: 'table', parties: [0, 1, 2], text: FIXTURE_TEXTS.nash };
    const consultLower: MediatorAction = { type: 'consult', party: party('lower') };
    const alone = play([tableNash]);
    expect(alone).toMatchObject({
      attends: [true, true, false],
      utilities: [85, 87.5, 65],
      reasons: ['would-accept', 'would-accept', 'demands-more'],
      deal: false,
    });
    expect(alone.demands[2]).toBeGreaterThan(75);
    const endDayMove: MediatorAction = { type: 'endDay' };
    const thrice = play([consultLower, consultLower, endDayMove, consultLower, tableNash]);
    expect(thrice).toMatchObject({ attends: [true, true, false], deal: false });
    expect(thrice.reasons[2]).toBe('demands-more');
    expect(thrice.demands[2]).toBeGreaterThan(65);
    const engaged = play([
      consultLower,
      consultLower,
      endDayMove,
      consultLower,
      consultLower,
      endDayMove,
      tableNash,
    ]);
    expect(engaged).toMatchObject({
      attends: [true, true, true],
      utilities: [85, 87.5, 65],
      deal: true,
      day: 6,
    });
    // Lower refused the text when it was tabled on day 2, but on the day it asks no more than the text gives.
    expect(engaged.reasons[2]).toBe('would-accept');
    expect(engaged.lastAnswers[2]).toBe('reject');
    expect(engaged.demands[2]).toBeLessThanOrEqual(65);
    expect(engaged.demands[2]).toBeGreaterThan(60);
  });

  it('the status quo is the conference text when nothing was tabled to all: on day 0 nobody comes', () => {
    const held = ok(applyAction(rules, fresh(), { type: 'callConference' }, delegationPolicy));
    // On day 0 upper and middle still ask for nearly their best; lower's red line keeps it away whatever it asks.
    expect(held.state.outcome).toMatchObject({
      text: FIXTURE_TEXTS.statusQuo,
      attends: [false, false, false],
      utilities: [75, 50, 25],
      reasons: ['demands-more', 'demands-more', 'red-line'],
      lastAnswers: [null, null, null],
      deal: false,
      day: 0,
    });
    const { demands } = held.state.outcome!;
    expect(demands[0]).toBeGreaterThan(90);
    expect(demands[1]).toBeGreaterThan(90);
  });
});

describe('what a delegation said is what it does', () => {
  const good = FIXTURE_TEXTS.good;
  const answering = (kind: 'accept' | 'reject') => () => ({ kind, utility: 60, aspiration: 60, costs: [] });

  it('a text it accepted and later refused is no longer "accepted" on the conference day', () => {
    let state = fresh();
    state = ok(table(rules, state, [0, 1, 2], good, answering('accept'))).state;
    expect(state.parties[0]!.accepted?.text).toEqual(good);
    state = ok(table(rules, state, [0, 1, 2], good, answering('reject'))).state;
    expect(state.parties[0]!.accepted).toBeNull();
    expect(state.parties[0]!.lastKind).toBe('reject');
  });

  it('its own press or statement does not count as news that changed its mind', () => {
    let state = fresh();
    state = ok(table(rules, state, [0, 1, 2], good, answering('accept'))).state;
    state = ok(press(rules, state, 0)).state;
    state = ok(endDay(rules, state)).state;
    state = ok(statement(rules, state)).state;
    expect(state.parties[0]!.shifted).toBe(state.parties[0]!.accepted!.shifted);
  });

  it('a press never raises a walk-away value that the news had pushed below the floor', () => {
    const state = fresh();
    const low = {
      ...state,
      parties: state.parties.map((p, i) => (i === 0 ? { ...p, walkAway: p.drawnWalkAway - 20 } : p)),
    };
    const pressed = ok(press(rules, low, 0)).state;
    expect(pressed.parties[0]!.walkAway).toBe(low.parties[0]!.walkAway);
  });
});
