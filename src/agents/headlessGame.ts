import { applyAction } from '../engine/actions';
import { type GameState, initialState, type Outcome, type Rules } from '../engine/game';
import { begin, type Report } from '../engine/moves';
import { delegationPolicy } from './delegationPolicy';
import { playLoop } from './gameLoop';
import type { StrategyName } from './mediatorStrategies';

export interface PlayedGame {
  readonly outcome: Outcome;
  readonly actions: number;
  readonly state: GameState;
}

/** Plays one whole game with a simulated mediator straight through the engine, by the browser's rules. */
export function playHeadless(rules: Rules, seed: number, strategyName: StrategyName): PlayedGame {
  const started = begin(rules, initialState(rules, seed));
  let state = started.state;
  const reports: (readonly Report[])[] = [started.reports];
  const { outcome, actions } = playLoop(rules, seed, strategyName, {
    state: () => state,
    reports: () => reports,
    apply(action) {
      const result = applyAction(rules, state, action, delegationPolicy);
      if (!result.ok) return false;
      state = result.state;
      reports.push(result.reports);
      return true;
    },
  });
  return { outcome, actions, state };
}
