import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { TUNING } from '../engine/moves';
import { rngFrom, seedStreams } from '../engine/rng';
import { loadGeneva } from '../testing/scenarios';
import type { RootEvent } from './events';
import { rebuildRun } from './rebuild';
import { rootMachine } from './rootMachine';
import { rulesOf } from './rulesOf';

const geneva = loadGeneva();
const rules = rulesOf(geneva);
const scenarios = [{ id: geneva.meta.id, scenario: geneva }];
const GAMES = 10_000;

/** Any event a player could send, legal or not, as a player clicking about might. */
function randomEvent(next: () => number): RootEvent {
  const index = Math.floor(next() * 4) - (next() < 0.05 ? 1 : 0); // now and then a party that does not exist
  const party = geneva.parties[index]?.id ?? `nobody-${index}`;
  const roll = next();
  if (roll < 0.12) return { type: 'move.consult', party };
  if (roll < 0.2) return { type: 'move.press', party };
  if (roll < 0.28) return { type: 'move.reassure', party };
  if (roll < 0.33) return { type: 'move.statement' };
  if (roll < 0.5) {
    const parties = geneva.parties.filter(() => next() < 0.7).map((p) => p.id);
    const text = Object.fromEntries(
      geneva.issues.map((issue) => [issue.id, issue.options[Math.floor(next() * issue.options.length)]!.id]),
    );
    return { type: 'move.table', parties, text };
  }
  if (roll < 0.55) {
    const issue = geneva.issues[Math.floor(next() * geneva.issues.length)]!;
    return {
      type: 'draft.choose',
      issue: issue.id,
      option: issue.options[Math.floor(next() * issue.options.length)]!.id,
    };
  }
  if (roll < 0.68) return { type: 'nav.meet' };
  if (roll < 0.8) return { type: 'move.endDay' };
  if (roll < 0.92) return { type: 'nav.nextDay' };
  if (roll < 0.925) return { type: 'move.callConference' };
  return { type: 'move.reply', party, answer: { kind: 'accept' } };
}

describe(`${GAMES.toLocaleString('en')} seeded random play-throughs of the real machine and engine`, () => {
  it('each ends at the conference, on or before its date, with every invariant held', () => {
    const failures: string[] = [];
    let deals = 0;
    for (let seed = 0; seed < GAMES; seed++) {
      const rng = rngFrom(seedStreams(seed, 1)[0]!);
      const actor = createActor(rootMachine, { input: { soundOn: false, scenarios, seed } }).start();
      actor.send({ type: 'boot.loaded' });
      actor.send({ type: 'title.start' });
      actor.send({ type: 'briefing.begin' });
      let sent = 0;
      while (!actor.getSnapshot().matches('conference') && sent++ < 2_000) {
        actor.send(randomEvent(rng.next));
        const { game, pending } = actor.getSnapshot().context.run!;
        if (game.actionsLeft < 0 || game.actionsLeft > rules.actionsPerDay)
          failures.push(`${seed}: actions ${game.actionsLeft}`);
        if (pending && !actor.getSnapshot().matches({ run: { meetings: 'awaitingAnswers' } }))
          failures.push(`${seed}: stray pending`);
      }
      const snapshot = actor.getSnapshot();
      const run = snapshot.context.run!;
      const outcome = run.game.outcome;
      if (!snapshot.matches('conference') || !outcome) {
        failures.push(`${seed}: no conference after ${sent} events (${JSON.stringify(snapshot.value)})`);
        continue;
      }
      if (outcome.day > rules.days) failures.push(`${seed}: conference on day ${outcome.day}`);
      if (Object.keys(snapshot.children).length > 0) failures.push(`${seed}: seat actors outlived the run`);
      run.game.parties.forEach((party, p) => {
        const floor = rules.model.parties[p]!.walkAway - TUNING.walkAwayFloor;
        if (party.trustMediator < 0 || party.trustMediator > 100)
          failures.push(`${seed}: trust ${party.trustMediator}`);
        if (party.walkAway < Math.min(floor, 0) || party.walkAway > 100)
          failures.push(`${seed}: walk-away ${party.walkAway}`);
        const clears = outcome.reasons[p] === 'accepted' || outcome.reasons[p] === 'would-accept';
        if (outcome.attends[p] !== clears)
          failures.push(`${seed}: party ${p} attends=${outcome.attends[p]} but ${outcome.reasons[p]}`);
        if (clears && outcome.utilities[p]! < Math.min(party.walkAway, outcome.demands[p]!) - 0.01)
          failures.push(`${seed}: attends below walk-away`);
      });
      // Every tenth game: the log alone rebuilds exactly the game that was played.
      if (seed % 10 === 0) {
        const rebuilt = rebuildRun({ id: geneva.meta.id, scenario: geneva }, run);
        if (!rebuilt.ok || JSON.stringify(rebuilt.run.game) !== JSON.stringify(run.game))
          failures.push(`${seed}: the log does not rebuild the game`);
      }
      if (outcome.deal) deals++;
      actor.stop();
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // Random clicking rarely brings everyone to the table.
    expect(deals / GAMES).toBeLessThan(0.25);
  });
});
