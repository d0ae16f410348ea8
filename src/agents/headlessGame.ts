import { applyAction } from '../engine/actions';
import { type GameState, initialState, type Outcome, type Rules } from '../engine/game';
import { compileMove } from '../engine/move';
import { begin } from '../engine/moves';
import type { Heard } from '../engine/playerView';
import { delegationPolicy } from './delegationPolicy';
import { playLoop } from './gameLoop';
import type { MediatorFactory } from './mediators/mediator';

export interface PlayedGame {
  readonly outcome: Outcome;
  readonly actions: number;
  readonly state: GameState;
  readonly heard: readonly Heard[];
}

/** Plays one whole game with a mediator straight through the engine, by the browser's rules. */
export function playHeadless(rules: Rules, seed: number, factory: MediatorFactory): PlayedGame {
  const started = begin(rules, initialState(rules, seed));
  let state = started.state;
  const heard: Heard[] = [{ day: 0, reports: started.reports }];
  const { outcome, actions } = playLoop(rules, seed, factory, {
    state: () => state,
    heard: () => heard,
    apply(move) {
      const compiled = compileMove(rules.model, move);
      if (!compiled.ok) return false;
      const result = applyAction(rules, state, compiled.value, delegationPolicy);
      if (!result.ok) return false;
      heard.push({ day: state.day, reports: result.reports });
      state = result.state;
      return true;
    },
  });
  return { outcome, actions, state, heard };
}
