import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadGeneva } from '../testing/scenarios';
import { debriefOf } from './debrief';
import { rootMachine } from './rootMachine';
import { rulesOf } from './rulesOf';

import { dateOf, knowledgeOf, newsOf, statusOf } from './selectors';

const geneva = loadGeneva();

function meeting() {
  const actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: [{ id: geneva.meta.id, scenario: geneva }], seed: 9 },
  }).start();
  for (const type of ['boot.loaded', 'title.start', 'briefing.begin', 'day.meet'] as const)
    actor.send({ type });
  return actor;
}

describe('what the screens show', () => {
  it('the debrief scores every text with the weights the delegations hold at the end, the player’s included', () => {
    const actor = meeting();
    // Past 17 January, when Lavrov's meeting in Moscow moves Russia's weight on guarantees.
    for (let day = 0; day < 6; day++) {
      actor.send({ type: 'day.end' });
      actor.send({ type: 'day.next' });
    }
    actor.send({ type: 'conference.call' });
    const run = actor.getSnapshot().context.run!;
    expect(run.game.parties[0]!.weights).not.toEqual(rulesOf(run.scenario).model.parties[0]!.weights);
    const data = debriefOf(run)!;
    const point = data.cloud.find((u) => u.every((v, p) => Math.abs(v - data.player.utilities[p]!) < 1e-9));
    expect(point).toBeDefined();
  });

  it('dates read as the UN writes them', () => {
    expect(dateOf(geneva, 0)).toEqual({
      long: 'Sunday 12 January 2014',
      short: 'Sun 12 Jan',
      iso: '2014-01-12',
    });
    expect(dateOf(geneva, 10).long).toBe('Wednesday 22 January 2014');
  });

  it('the status: the date, actions left, days to go and the text on the table', () => {
    const actor = meeting();
    actor.send({ type: 'mediator.consult', party: 0 });
    const status = statusOf(actor.getSnapshot().context.run!);
    expect(status).toMatchObject({
      actionsLeft: 2,
      actionsPerDay: 3,
      daysToConference: 10,
      textIsStatusQuo: true,
    });
    expect(status.text[0]).toEqual({ issue: "Iran's role at the conference", option: 'Iran is not invited' });
  });

  it('what the mediator has learnt: a consultation, the latest answer with its reasons, red lines named', () => {
    const actor = meeting();
    actor.send({ type: 'mediator.consult', party: 2 });
    actor.send({ type: 'mediator.table', parties: [0, 1, 2], text: [1, 1, 0, 0, 0] });
    const known = knowledgeOf(actor.getSnapshot().context.run!);
    expect(known[2]!.consult?.priorities).toHaveLength(5);
    expect(known[2]!.answer?.explanation.speaker).toBe('Ahmad al-Jarba');
    expect(known[2]!.redLines).toContainEqual({ issue: 2, option: 0 });
    expect(known[0]!.consult).toBeNull();
    expect(known[0]!.favourite).toEqual([0, 2, 0, 2, 0]);
  });

  it('the news of a day: the scenario’s text for each event that fired', () => {
    const actor = meeting();
    actor.send({ type: 'day.end' });
    const news = newsOf(actor.getSnapshot().context.run!, 1);
    expect(news.map((n) => n.event.id)).toContain('paris-kerry-lavrov');
    expect(news.find((n) => n.event.id === 'paris-kerry-lavrov')?.consulted).toEqual([0, 1]);
  });

  it('the debrief: hidden priorities, the frontier, a better text if there is one, and what really happened', () => {
    const actor = meeting();
    actor.send({ type: 'mediator.table', parties: [0, 1, 2], text: [1, 1, 1, 1, 0] });
    actor.send({ type: 'conference.call' });
    const data = debriefOf(actor.getSnapshot().context.run!)!;
    expect(data.cloud).toHaveLength(243);
    expect(data.zoneByDay).toHaveLength(1);
    expect(data.zoneByDay[0]).toBeGreaterThan(0);
    expect(data.parties.map((p) => p.priorities.reduce((sum, x) => sum + x.share, 0))).toEqual([
      100, 100, 100,
    ]);
    expect(data.parties[0]!.redLines[0]).toMatchObject({ option: 'Assad must step down before the talks' });
    expect(data.actual?.text[0]).toBe('Iran is not invited');
    expect(data.history.find((h) => h.date === '2014-01-18')?.sources.map((s) => s.publisher)).toEqual([
      'United Nations, Office of the Secretary-General',
      'The Associated Press',
    ]);
    if (data.player.onFrontier) expect(data.better?.kind ?? 'nash').toBe('nash');
    else expect(data.better?.utilities.every((u, p) => u >= data.player.utilities[p]!)).toBe(true);
  });
});
