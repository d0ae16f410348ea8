import type { GameState, Rules } from './game';
import type { Package } from './model';

/** What the mediator (player or simulated strategy) can see: no weights, walk-away values or red lines. */
export interface Observation {
  readonly day: number;
  readonly days: number;
  readonly actionsLeft: number;
  readonly actionsPerDay: number;
  readonly parties: number;
  readonly optionCounts: readonly number[];
  readonly statusQuo: Package;
  /**
   * publicRanking[party][issue]: the party's options on that issue, from its favourite to its least favourite
   * (by the scenario's points); empty on an issue the party does not care about.
   */
  readonly publicRanking: readonly (readonly (readonly number[])[])[];
  /** Trust in the mediator, as the room's mood shows it. */
  readonly trust: readonly number[];
  readonly walkedOut: readonly boolean[];
  readonly tabledToAll: Package | null;
}

export function publicRanking(rules: Rules): Observation['publicRanking'] {
  return rules.model.parties.map((party) =>
    party.points.map((row, i) =>
      party.cares[i] ? row.map((_, o) => o).sort((a, b) => row[b]! - row[a]! || a - b) : [],
    ),
  );
}

export function observe(rules: Rules, state: GameState, ranking = publicRanking(rules)): Observation {
  return {
    day: state.day,
    days: rules.days,
    actionsLeft: state.actionsLeft,
    actionsPerDay: rules.actionsPerDay,
    parties: rules.model.parties.length,
    optionCounts: rules.model.optionIds.map((o) => o.length),
    statusQuo: rules.model.statusQuo,
    publicRanking: ranking,
    trust: state.parties.map((p) => p.trustMediator),
    walkedOut: state.parties.map((p) => p.walkedOut),
    tabledToAll: state.tabledToAll,
  };
}
