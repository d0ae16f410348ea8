import { createActor } from 'xstate';
import { createStrategy, type StrategyName } from '../agents/mediatorStrategies';
import type { MediatorAction } from '../engine/actions';
import type { Outcome } from '../engine/game';
import { observe, publicRanking } from '../engine/observation';
import { seedStreams } from '../engine/rng';
import { rngFrom } from '../engine/rngStream';
import type { Scenario } from '../scenario/schema';
import type { PlayerEvent } from './events';
import { type RootActor, rootMachine } from './rootMachine';
import { rulesOf } from './rulesOf';

export interface DrivenGame {
  readonly outcome: Outcome;
  readonly actor: RootActor;
  /** The player's events the machine accepted, in order. */
  readonly log: readonly PlayerEvent[];
}

/** The events a player sends for a mediator's action, given where the machine is. */
function eventsFor(action: MediatorAction, inMeetings: boolean): PlayerEvent[] {
  const meet: PlayerEvent[] = inMeetings ? [] : [{ type: 'day.meet' }];
  switch (action.type) {
    case 'consult':
      return [...meet, { type: 'mediator.consult', party: action.party }];
    case 'press':
      return [...meet, { type: 'mediator.press', party: action.party }];
    case 'reassure':
      return [...meet, { type: 'mediator.reassure', party: action.party }];
    case 'statement':
      return [...meet, { type: 'mediator.statement' }];
    case 'table':
      return [...meet, { type: 'mediator.table', parties: action.parties, text: action.text }];
    case 'endDay':
      return [{ type: 'day.end' }];
    case 'callConference':
      return [{ type: 'conference.call' }];
  }
}

/**
 * Plays one whole game through the root machine, as the browser does: the same events, the same seat actors,
 * the same engine. A simulated mediator (see agents/mediatorStrategies) chooses the moves.
 */
export function driveGame(scenario: Scenario, seed: number, strategyName: StrategyName): DrivenGame {
  const actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: [{ id: scenario.meta.id, scenario }], seed },
  }).start();
  actor.send({ type: 'boot.loaded' });
  actor.send({ type: 'title.start' });
  actor.send({ type: 'briefing.begin' });
  const rules = rulesOf(scenario);
  const ranking = publicRanking(rules);
  const strategy = createStrategy(strategyName, { rules, peek: () => actor.getSnapshot().context.run!.game });
  const rng = rngFrom(seedStreams(seed ^ 0x5eed, 1)[0]!);
  let heard = 0;
  const hear = () => {
    const journal = actor.getSnapshot().context.run!.journal;
    for (; heard < journal.length; heard++) strategy.hear(journal[heard]!.reports);
  };
  hear();
  for (;;) {
    const snapshot = actor.getSnapshot();
    const run = snapshot.context.run!;
    if (run.game.outcome) break;
    if (snapshot.matches({ run: 'dayEnd' })) {
      actor.send({ type: 'day.next' });
      continue;
    }
    const action = strategy.decide(observe(rules, run.game, ranking), rng);
    const before = run.game;
    for (const event of eventsFor(action, snapshot.matches({ run: 'meetings' }))) actor.send(event);
    // A move the rules refuse changes nothing: the day ends instead, so every game reaches the conference.
    if (actor.getSnapshot().context.run!.game === before) actor.send({ type: 'day.end' });
    hear();
  }
  const run = actor.getSnapshot().context.run!;
  return { outcome: run.game.outcome!, actor, log: run.log };
}
