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

    // A deal has to be earned: lower, consulted four times, comes down to what the Nash text gives it by the
    // last day of talks, when upper and middle do too (see the engine's conference tests).
    const deal = intoMeetings(playRootMachine());
    deal.send(partyEvent('consult', 2), partyEvent('consult', 2));
    nextDay(deal);
    deal.send(partyEvent('consult', 2), partyEvent('consult', 2));
    nextDay(deal);
    deal.send(tableEvent([0, 1, 2], FIXTURE_TEXTS.nash));
    for (let day = 2; day < 5; day++) nextDay(deal);
    expect(deal.actor.getSnapshot().context.run!.game.day).toBe(5);
    expect(mood(deal)).toBe('tension');
    deal.send({ type: 'move.callConference' });
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
