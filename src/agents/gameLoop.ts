import type { GameState, Outcome, Rules } from '../engine/game';
import type { MediatorMove } from '../engine/move';
import { type Heard, playerViewer } from '../engine/playerView';
import { rngFrom, seedStreams } from '../engine/rng';
import type { MediatorFactory } from './mediators/mediator';

/** Where a mediator's moves go: straight into the engine, or through the statechart as the browser does. */
export interface GameDriver {
  state(): GameState;
  /** Everything heard so far (the opening news included), in order. */
  heard(): readonly Heard[];
  /** Plays the move; false when the rules refuse it. */
  apply(move: MediatorMove): boolean;
}

/**
 * The one game loop of the simulator: the mediator decides from the player view alone, and a move the rules
 * refuse ends the day instead, so every game reaches the conference.
 */
export function playLoop(
  rules: Rules,
  seed: number,
  factory: MediatorFactory,
  driver: GameDriver,
): { outcome: Outcome; actions: number } {
  const mediator = factory({ rules, peek: () => driver.state() });
  // The mediator's own dice are separate from the game's, so a mediator cannot disturb the delegations' draws.
  const rng = rngFrom(seedStreams(seed ^ 0x5eed, 1)[0]!);
  const viewOf = playerViewer(rules);
  let actions = 0;
  while (!driver.state().outcome) {
    const view = viewOf(driver.state(), driver.heard());
    if (!driver.apply(mediator(view, rng))) driver.apply({ type: 'endDay' });
    actions++;
    if (actions > 10_000) throw new Error('a mediator that never lets the days pass');
  }
  return { outcome: driver.state().outcome!, actions };
}
