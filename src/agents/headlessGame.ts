import { applyAction } from '../engine/actions';
import { type GameState, initialState, type Outcome, type Rules } from '../engine/game';
import { begin } from '../engine/moves';
import { observe, publicRanking } from '../engine/observation';
import { seedStreams } from '../engine/rng';
import { rngFrom } from '../engine/rngStream';
import { delegationPolicy } from './delegationPolicy';
import { createStrategy, type StrategyName } from './mediatorStrategies';

export interface PlayedGame {
  readonly outcome: Outcome;
  readonly actions: number;
  readonly state: GameState;
}

/** Plays one whole game with a simulated mediator, by the same rules and delegation policy as the browser. */
export function playHeadless(rules: Rules, seed: number, strategyName: StrategyName): PlayedGame {
  let state = initialState(rules, seed);
  const strategy = createStrategy(strategyName, { rules, peek: () => state });
  const started = begin(rules, state);
  state = started.state;
  strategy.hear(started.reports);
  // The mediator's own dice are separate from the game's, so strategies cannot disturb the delegations' draws.
  const rng = rngFrom(seedStreams(seed ^ 0x5eed, 1)[0]!);
  const ranking = publicRanking(rules);
  let actions = 0;
  while (!state.outcome) {
    let result = applyAction(
      rules,
      state,
      strategy.decide(observe(rules, state, ranking), rng),
      delegationPolicy,
    );
    if (!result.ok) result = applyAction(rules, state, { type: 'endDay' }, delegationPolicy);
    state = result.state;
    strategy.hear(result.ok ? result.reports : []);
    actions++;
  }
  return { outcome: state.outcome, actions, state };
}
