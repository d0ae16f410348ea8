import { describe, expect, it } from 'vitest';
import { delegationPolicy } from '../agents/delegationPolicy';
import { loadGeneva } from '../testing/scenarios';
import { applyAction } from './actions';
import { compileRules, initialState } from './game';
import { begin, consult, endDay, type MoveResult, press, reassure, statement, table } from './moves';

const rules = compileRules(loadGeneva());
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
    expect(state.actionsLeft).toBe(3);
    state = ok(consult(rules, state, 0)).state;
    state = ok(press(rules, state, 1)).state;
    state = ok(statement(rules, state)).state;
    expect(state.actionsLeft).toBe(0);
    expect(reassure(rules, state, 0)).toMatchObject({ ok: false, reason: 'no-actions-left' });
    const next = ok(endDay(rules, state)).state;
    expect(next).toMatchObject({ day: 1, actionsLeft: 3 });
    // The walk-away values of each day are kept, for the zone of agreement by day.
    expect(next.walkAwaysByDay).toHaveLength(2);
    expect(next.walkAwaysByDay[1]).toEqual(next.parties.map((p) => p.walkAway));
  });

  it('pressing the same party yields less each time, and costs trust', () => {
    let state = fresh();
    const deltas: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = ok(press(rules, state, 0));
      const report = result.reports[0]!;
      if (report.kind !== 'press') throw new Error('expected a press report');
      deltas.push(report.walkAwayDelta);
      expect(report.trustDelta).toBeLessThan(0);
      state = result.state;
    }
    expect(deltas).toEqual([-6, -3, -1.5]);
  });

  it('a walk-away value never falls more than 15 below the scenario’s, however often pressed', () => {
    let state = fresh();
    for (let day = 0; day < 6; day++) {
      while (state.actionsLeft > 0)
        state = ok(state.actionsLeft % 2 ? press(rules, state, 2) : statement(rules, state)).state;
      state = ok(endDay(rules, state)).state;
    }
    expect(state.parties[2]!.walkAway).toBeGreaterThanOrEqual(rules.model.parties[2]!.walkAway - 15);
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
    }
    expect(noise[1]).toBeGreaterThan(noise[0]!);
    expect(noise[2]).toBeGreaterThan(noise[1]!);
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
    const result = ok(
      table(
        rules,
        state,
        [0, 1, 2],
        text('not-invited', 'none', 'none', 'coalition-only', 'jan-22'),
        delegationPolicy,
      ),
    );
    const report = result.reports[0]!;
    if (report.kind !== 'table') throw new Error('expected a table report');
    expect(report.answers.map((a) => a.party)).toEqual([0, 1, 2]);
    expect(report.answers[party('coalition')]!.answer.redLine).toEqual({ issue: 2, option: 0 });
    expect(result.state.tabledToAll).toEqual(text('not-invited', 'none', 'none', 'coalition-only', 'jan-22'));
  });

  it('refuses a malformed text or party', () => {
    const state = fresh();
    expect(table(rules, state, [0], [0, 0], delegationPolicy)).toMatchObject({
      ok: false,
      reason: 'bad-text',
    });
    expect(table(rules, state, [7], [0, 0, 0, 0, 0], delegationPolicy)).toMatchObject({
      ok: false,
      reason: 'bad-party',
    });
    expect(consult(rules, state, -1)).toMatchObject({ ok: false, reason: 'bad-party' });
  });

  it('the scheduled Paris meeting on 13 January consults Russia and the United States for free', () => {
    let state = fresh();
    const result = ok(endDay(rules, state));
    state = result.state;
    const paris = result.reports.find((r) => r.kind === 'event' && r.event === 'paris-kerry-lavrov');
    if (paris?.kind !== 'event') throw new Error('expected the Paris meeting');
    expect(paris.consultations.map((c) => c.party)).toEqual([party('russia'), party('united-states')]);
    expect(state.actionsLeft).toBe(3);
  });

  it('the conference comes on its date, and decides by walk-away values and red lines', () => {
    let state = fresh();
    const good = text('accepts-communique', 'none', 'transition-timetable', 'coalition-only', 'jan-22');
    state = ok(table(rules, state, [0, 1, 2], good, delegationPolicy)).state;
    let last: MoveResult | undefined;
    while (!state.outcome) {
      last = ok(applyAction(rules, state, { type: 'endDay' }, delegationPolicy));
      state = last.state;
    }
    expect(state.day).toBe(rules.days);
    expect(state.outcome.text).toEqual(good);
    state.outcome.attends.forEach((attends, p) => {
      expect(attends).toBe(state.outcome!.utilities[p]! >= state.parties[p]!.walkAway);
    });
    expect(endDay(rules, state)).toMatchObject({ ok: false, reason: 'game-over' });
  });
});
