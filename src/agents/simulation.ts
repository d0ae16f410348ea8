import type { Rules } from '../engine/game';
import { playHeadless } from './headlessGame';
import type { StrategyName } from './mediatorStrategies';

export interface SimulationSummary {
  readonly strategy: StrategyName;
  readonly runs: number;
  readonly seed: number;
  /** Share of games in which every party attends. */
  readonly dealRate: number;
  /** Share of games each party attends. */
  readonly attendance: readonly number[];
  readonly meanUtilities: readonly number[];
  /** Mean days played before the conference (it may be called early). */
  readonly meanDays: number;
}

/** Game i uses seed + i, so a run of N games is reproducible and any one game can be replayed alone. */
export function simulate(
  rules: Rules,
  strategy: StrategyName,
  runs: number,
  seed: number,
): SimulationSummary {
  const P = rules.model.parties.length;
  const attendance = new Array<number>(P).fill(0);
  const utilities = new Array<number>(P).fill(0);
  let deals = 0;
  let days = 0;
  for (let i = 0; i < runs; i++) {
    const { outcome } = playHeadless(rules, (seed + i) | 0, strategy);
    if (outcome.deal) deals++;
    days += outcome.day;
    outcome.attends.forEach((a, p) => {
      if (a) attendance[p]!++;
      utilities[p]! += outcome.utilities[p]!;
    });
  }
  return {
    strategy,
    runs,
    seed,
    dealRate: deals / runs,
    attendance: attendance.map((a) => a / runs),
    meanUtilities: utilities.map((u) => u / runs),
    meanDays: days / runs,
  };
}
