import type { MediatorAction } from '../engine/actions';
import type { GameState, Outcome, Rules } from '../engine/game';
import type { Report } from '../engine/moves';
import { observe, publicRanking } from '../engine/observation';
import { rngFrom, seedStreams } from '../engine/rng';
import { createStrategy, type StrategyName } from './mediatorStrategies';

/** Where a simulated mediator's moves go: straight into the engine, or through the statechart as the browser does. */
export interface GameDriver {
  state(): GameState;
  /** The reports of every move so far (the opening news included), in order. */
  reports(): readonly (readonly Report[])[];
  /** Plays the action; false when the rules refuse it. */
  apply(action: MediatorAction): boolean;
}

/**
 * The one game loop of the simulator: the strategy decides from what a player sees, hears what its moves
 * produced, and a move the rules refuse ends the day instead, so every game reaches the conference.
 */
export function playLoop(
  rules: Rules,
  seed: number,
  strategyName: StrategyName,
  driver: GameDriver,
): { outcome: Outcome; actions: number } {
  const strategy = createStrategy(strategyName, { rules, peek: () => driver.state() });
  // The mediator's own dice are separate from the game's, so strategies cannot disturb the delegations' draws.
  const rng = rngFrom(seedStreams(seed ^ 0x5eed, 1)[0]!);
  const ranking = publicRanking(rules);
  let heard = 0;
  const hear = () => {
    const reports = driver.reports();
    for (; heard < reports.length; heard++) strategy.hear(reports[heard]!);
  };
  hear();
  let actions = 0;
  while (!driver.state().outcome) {
    if (!driver.apply(strategy.decide(observe(rules, driver.state(), ranking), rng)))
      driver.apply({ type: 'endDay' });
    hear();
    actions++;
  }
  return { outcome: driver.state().outcome!, actions };
}
