import { createActor } from 'xstate';
import { playLoop } from '../agents/gameLoop';
import type { MediatorFactory } from '../agents/mediators/mediator';
import type { Outcome } from '../engine/game';
import type { Move } from '../engine/move';
import type { Scenario } from '../scenario/schema';
import type { AppActor } from './appActor';
import { eventOf } from './events';
import { rootMachine } from './rootMachine';
import { rulesOf } from './rulesOf';
import type { GameSetup } from './runContext';

export interface DrivenGame {
  readonly outcome: Outcome;
  readonly actor: AppActor;
  /** The player's moves the machine accepted, in order. */
  readonly log: readonly Move[];
}

/**
 * Plays one whole game through the root machine, as the browser does: the same events, the same seat actors,
 * the same engine, and the simulator's one game loop (agents/gameLoop.ts) choosing the moves.
 */
export function driveGame(
  scenario: Scenario,
  seed: number,
  factory: MediatorFactory,
  setup: Partial<GameSetup> = {},
): DrivenGame {
  const actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: [{ id: scenario.meta.id, scenario }], seed },
  }).start();
  actor.send({ type: 'boot.loaded' });
  actor.send({ type: 'title.start', ...setup });
  actor.send({ type: 'briefing.begin' });
  const rules = rulesOf(actor.getSnapshot().context.run!.scenario);
  const run = () => actor.getSnapshot().context.run!;
  const { outcome } = playLoop(rules, seed, factory, {
    state: () => run().game,
    heard: () => run().journal,
    apply(move) {
      const before = run().game;
      if (actor.getSnapshot().matches({ run: 'dayEnd' })) actor.send({ type: 'nav.nextDay' });
      const needsRoom = move.type !== 'endDay' && move.type !== 'callConference';
      if (needsRoom && actor.getSnapshot().matches({ run: 'plan' })) actor.send({ type: 'nav.meet' });
      actor.send(eventOf(move));
      return run().game !== before;
    },
  });
  return { outcome, actor, log: run().log };
}
