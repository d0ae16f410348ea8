import type { GameState, Rules } from '../../engine/game';
import type { MediatorMove } from '../../engine/move';
import type { PlayerView } from '../../engine/playerView';
import type { Rng } from '../../engine/rng';

/**
 * A mediator: given what the player may see, the next move, in the player's own vocabulary (the scenario's
 * ids). A user-written one is an ES module whose default export is a factory `() => (view) => move`, called
 * once per game (docs/write-a-mediator.md); the built-in ones are written against the same interface.
 */
export type Mediator = (view: PlayerView, rng: Rng) => MediatorMove;
export type MediatorFactory = (setting: MediatorSetting) => Mediator;

/** What a factory may be told about the game. Only the oracle reads `peek`: it shows the game's ceiling. */
export interface MediatorSetting {
  readonly rules: Rules;
  readonly peek: () => GameState;
}

export const everyone = (view: PlayerView): string[] => view.parties.map((p) => p.id);

/** The status quo, or any text, named issue by issue. */
export const statusQuoText = (view: PlayerView): Record<string, string> =>
  Object.fromEntries(view.issues.map((issue) => [issue.id, issue.statusQuo]));
