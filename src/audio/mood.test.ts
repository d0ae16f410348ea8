import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { moodOf } from './mood';
import {
  intoMeetings,
  nextDay,
  type Played,
  partyEvent,
  playRootMachine,
  tableEvent,
} from './testing/playRootMachine';

const mood = (played: Played) => moodOf(played.actor.getSnapshot());

describe('moodOf', () => {
  it('is silent until the game starts, and on the error screen', () => {
    const played = playRootMachine();
    expect(mood(played)).toBe('silence');
    played.send({ type: 'boot.loaded' });
    expect(mood(played)).toBe('silence');
    played.send({ type: 'title.start' });
    expect(mood(played)).toBe('calm');
    played.send({ type: 'app.failed', failure: { what: 'x', detail: 'y', fix: 'z' } });
    expect(mood(played)).toBe('silence');
  });

  it('is calm in the first days and tense from four days before the conference', () => {
    // The fixture's conference is on day 6: days 0 and 1 are calm, day 2 is four days before it.
    const played = intoMeetings(playRootMachine());
    expect(mood(played)).toBe('calm');
    nextDay(played);
    expect(played.actor.getSnapshot().context.run!.game.day).toBe(1);
    expect(mood(played)).toBe('calm');
    nextDay(played);
    expect(mood(played)).toBe('tension');
  });

  it('is tense for the rest of a day on which a text crossed red lines', () => {
    const played = intoMeetings(playRootMachine());
    played.send(tableEvent([0, 1, 2], FIXTURE_TEXTS.everyRedLine));
    expect(mood(played)).toBe('tension');
    nextDay(played);
    expect(mood(played)).toBe('calm');
  });

  it('turns to crisis when a delegation has almost no trust left in the envoy', () => {
    const played = intoMeetings(playRootMachine());
    // Each press costs lower's trust (40 at the start) 8 points: 32, 24 on day 0, then 16, below 20.
    played.send(...Array.from({ length: 2 }, () => partyEvent('press', 2)));
    expect(played.actor.getSnapshot().context.run!.game.parties[2]!.trustMediator).toBe(24);
    expect(mood(played)).toBe('calm');
    nextDay(played);
    expect(mood(played)).toBe('calm');
    played.send(partyEvent('press', 2));
    expect(played.actor.getSnapshot().context.run!.game.parties[2]!.trustMediator).toBe(16);
    expect(mood(played)).toBe('crisis');
  });

  it('after the conference: relief for a deal, the calm pad for none', () => {
    const noDeal = intoMeetings(playRootMachine());
    noDeal.send({ type: 'move.callConference' });
    expect(noDeal.actor.getSnapshot().context.run!.game.outcome?.deal).toBe(false);
    expect(mood(noDeal)).toBe('calm');

    // The good text clears every walk-away: called at once, the conference is a deal.
    const deal = intoMeetings(playRootMachine());
    deal.send(tableEvent([0, 1, 2], FIXTURE_TEXTS.good), { type: 'move.callConference' });
    const actor = deal.actor;
    expect(actor.getSnapshot().context.run!.game.outcome?.deal).toBe(true);
    expect(moodOf(actor.getSnapshot())).toBe('relief');
    actor.send({ type: 'conference.done' });
    actor.send({ type: 'outcome.debrief' });
    expect(moodOf(actor.getSnapshot())).toBe('relief');
    actor.send({ type: 'debrief.restart' });
    expect(moodOf(actor.getSnapshot())).toBe('silence');
  });
});
