import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { partyEvent, tableEvent } from '../testing/fixtureEvents';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { loadFixture } from '../testing/scenarios';
import { debriefOf } from './debrief';
import { rootMachine } from './rootMachine';
import { rulesOf } from './rulesOf';

import { dateOf, isQuietMorning, knowledgeOf, newsOf, pressOf, statusOf } from './selectors';

// The three-valley fixture; its comment tabulates the utilities these expectations come from.
const fixture = loadFixture();

function meeting() {
  const actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: [{ id: fixture.meta.id, scenario: fixture }], seed: 9 },
  }).start();
  for (const type of ['boot.loaded', 'title.start', 'briefing.begin', 'nav.meet'] as const)
    actor.send({ type });
  return actor;
}

describe('what the screens show', () => {
  it('the debrief scores every text with the weights the delegations hold at the end, the player’s included', () => {
    const actor = meeting();
    // Past day 3, when the drought report raises upper's raw weight on water from 2 to 4.
    for (let day = 0; day < 3; day++) {
      actor.send({ type: 'move.endDay' });
      actor.send({ type: 'nav.nextDay' });
    }
    actor.send({ type: 'move.callConference' });
    const run = actor.getSnapshot().context.run!;
    expect(rulesOf(run.scenario).model.parties[0]!.weights).toEqual([0.25, 0.5, 0.25]);
    expect(run.game.parties[0]!.weights).toEqual([1 / 6, 4 / 6, 1 / 6]);
    const data = debriefOf(run)!;
    // The status quo, scored with the new weights: (0 + 4 × 100 + 100) / 6 for upper.
    expect(data.player.utilities.map((u) => Math.round(u * 100) / 100)).toEqual([83.33, 50, 25]);
    const point = data.cloud.find((u) => u.every((v, p) => Math.abs(v - data.player.utilities[p]!) < 1e-9));
    expect(point).toBeDefined();
  });

  it('dates read as the UN writes them', () => {
    expect(dateOf(fixture, 0)).toEqual({
      long: 'Sunday 1 March 2020',
      short: 'Sun 1 Mar',
      iso: '2020-03-01',
    });
    expect(dateOf(fixture, 6).long).toBe('Saturday 7 March 2020');
  });

  it('the status: the date, actions left, days to go and the text on the table', () => {
    const actor = meeting();
    actor.send(partyEvent('consult', 0));
    const status = statusOf(actor.getSnapshot().context.run!);
    expect(status).toMatchObject({
      actionsLeft: 1,
      actionsPerDay: 2,
      daysToConference: 6,
      textIsStatusQuo: true,
    });
    expect(status.text).toEqual([
      { issue: 'The dam', option: 'No dam' },
      { issue: 'Water in a dry summer', option: 'Upper Valley draws first' },
      { issue: 'Monitoring', option: 'No monitors' },
    ]);
  });

  it('what the mediator has learnt: a consultation, the latest answer with its reasons, red lines named', () => {
    const actor = meeting();
    actor.send(partyEvent('consult', 2));
    // No monitors: lower's red line.
    actor.send(tableEvent([0, 1, 2], [1, 1, 0]));
    const known = knowledgeOf(actor.getSnapshot().context.run!);
    expect(known[2]!.consult?.priorities).toHaveLength(3);
    expect(known[2]!.answer?.explanation.speaker).toBe('Cleo Lowe');
    expect(known[2]!.redLines).toContainEqual({ issue: 2, option: 0 });
    expect(known[0]!.consult).toBeNull();
    // Upper's best options: a large dam, first draw of the water, no monitors.
    expect(known[0]!.favourite).toEqual([2, 0, 0]);
  });

  it('the news of a day: the scenario’s text for each event that fired', () => {
    const actor = meeting();
    actor.send({ type: 'move.endDay' });
    const news = newsOf(actor.getSnapshot().context.run!, 1);
    expect(news.map((n) => n.event.id)).toEqual(['joint-visit']);
    expect(news[0]?.consulted).toEqual([0, 1]);
  });

  it('the debrief: hidden priorities, the frontier, a better text if there is one, and what really happened', () => {
    const actor = meeting();
    actor.send(tableEvent([0, 1, 2], FIXTURE_TEXTS.good));
    actor.send({ type: 'move.callConference' });
    const data = debriefOf(actor.getSnapshot().context.run!)!;
    // Called on day 0 the conference is no deal, however good the text: upper and lower still ask for nearly
    // their best; middle comes on the text it accepted. The debrief says why each seat was empty.
    expect(data.deal).toBe(false);
    expect(data.parties.map((p) => [p.attends, p.reason])).toEqual([
      [false, 'demands-more'],
      [true, 'accepted'],
      [false, 'demands-more'],
    ]);
    expect(data.cloud).toHaveLength(18);
    expect(data.zoneByDay).toEqual([3]);
    expect(data.parties.map((p) => p.priorities.map((x) => x.share))).toEqual([
      [25, 50, 25],
      [50, 25, 25],
      [25, 25, 50],
    ]);
    expect(data.parties[0]!.redLines[0]).toMatchObject({ option: 'Lower Valley draws first' });
    expect(data.bindingVeto).toBe('Lower Valley');
    expect(data.actual?.text).toEqual(['A small dam', 'Shared by quota', 'Joint monitors']);
    expect(data.history.find((h) => h.date === '2020-03-07')?.sources.map((s) => s.publisher)).toEqual([
      'The Valley Gazette',
      'Valley Radio',
    ]);
    // The good text has the most welfare, so it is on the frontier; the Nash point is the other text offered.
    expect(data.player).toMatchObject({ utilities: [62.5, 100, 80], onFrontier: true, distance: 0 });
    expect(data.better).toMatchObject({
      kind: 'nash',
      text: ['A small dam', 'Upper Valley draws first', 'Joint monitors'],
    });
  });
});

describe('the briefing does not tell the ending', () => {
  it('lists only the sources published by the first day; the later ones wait for the debrief', async () => {
    const { loadGeneva } = await import('../testing/scenarios');
    const { sourcesKnownAtStart } = await import('./selectors');
    const real = loadGeneva();
    const shown = sourcesKnownAtStart(real);
    expect(shown.map((s) => s.id)).toContain('moscow-times-2014-01-12');
    expect(shown.every((s) => s.date <= real.calendar.start)).toBe(true);
    expect(shown.length).toBeLessThan(real.meta.sources.length);
  });
});

describe('a quiet morning', () => {
  it('is a morning with no news and nothing in the press, on every day of played games', async () => {
    const { loadGeneva } = await import('../testing/scenarios');
    const { BUILT_IN } = await import('../agents/mediators/builtIn');
    const { driveGame } = await import('./driveGame');
    let quiet = 0;
    let busy = 0;
    for (const scenario of [loadGeneva(), fixture])
      for (let seed = 0; seed < 6; seed++) {
        const run = driveGame(scenario, seed, BUILT_IN[seed % 2 ? 'random' : 'careful']!).actor.getSnapshot()
          .context.run!;
        for (let day = 0; day <= run.game.day; day++) {
          const atDay = { ...run, game: { ...run.game, day } };
          const expected = day > 0 && newsOf(run, day).length === 0 && pressOf(run, day - 1).length === 0;
          expect(isQuietMorning(atDay), `seed ${seed}, day ${day}`).toBe(expected);
          if (expected) quiet++;
          else busy++;
        }
      }
    // Both kinds of morning occur, so the comparison means something either way.
    expect(quiet).toBeGreaterThan(0);
    expect(busy).toBeGreaterThan(0);
  });
});
