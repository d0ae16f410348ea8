import { describe, expect, it } from 'vitest';
import { driveGame } from '../flow/driveGame';
import { loadGeneva } from '../testing/scenarios';
import { moodOf } from './mood';
import { intoMeetings, nextDay, type Played, playRootMachine } from './testing/playRootMachine';

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
    const played = intoMeetings(playRootMachine());
    expect(mood(played)).toBe('calm');
    for (let day = 0; day < 5; day++) nextDay(played);
    expect(played.actor.getSnapshot().context.run!.game.day).toBe(5);
    expect(mood(played)).toBe('calm');
    nextDay(played);
    expect(mood(played)).toBe('tension');
  });

  it('is tense for the rest of a day on which a text crossed red lines', () => {
    const played = intoMeetings(playRootMachine());
    played.send({ type: 'mediator.table', parties: [0, 1, 2], text: [0, 0, 0, 0, 0] });
    expect(mood(played)).toBe('tension');
    nextDay(played);
    expect(mood(played)).toBe('calm');
  });

  it('turns to crisis when a delegation has almost no trust left in the envoy', () => {
    const played = intoMeetings(playRootMachine());
    // Each press costs the Coalition's trust (45 at the start) 8 points.
    played.send(...Array.from({ length: 3 }, () => ({ type: 'mediator.press' as const, party: 2 })));
    expect(mood(played)).toBe('calm');
    nextDay(played);
    played.send({ type: 'mediator.press', party: 2 });
    expect(played.actor.getSnapshot().context.run!.game.parties[2]!.trustMediator).toBeLessThan(20);
    expect(mood(played)).toBe('crisis');
  });

  it('after the conference: relief for a deal, the calm pad for none', () => {
    const noDeal = intoMeetings(playRootMachine());
    noDeal.send({ type: 'conference.call' });
    expect(noDeal.actor.getSnapshot().context.run!.game.outcome?.deal).toBe(false);
    expect(mood(noDeal)).toBe('calm');

    const geneva = loadGeneva();
    const deal = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((seed) => driveGame(geneva, seed, 'thoughtful'))
      .find((game) => game.outcome.deal);
    expect(deal).toBeDefined();
    const actor = deal!.actor;
    expect(moodOf(actor.getSnapshot())).toBe('relief');
    actor.send({ type: 'conference.done' });
    actor.send({ type: 'outcome.debrief' });
    expect(moodOf(actor.getSnapshot())).toBe('relief');
    actor.send({ type: 'debrief.restart' });
    expect(moodOf(actor.getSnapshot())).toBe('silence');
  });
});
