import { playHeadless } from '../agents/headlessGame';
import type { StrategyName } from '../agents/mediatorStrategies';
import type { Outcome } from '../engine/game';
import type { Scenario } from '../scenario/schema';
import { driveGame } from './driveGame';
import { rulesOf } from './rulesOf';

/** Through the root machine (as the browser plays), or straight through the engine (to measure the machine). */
export type Route = 'machine' | 'engine';

export function playOnce(
  scenario: Scenario,
  seed: number,
  strategy: StrategyName,
  route: Route = 'machine',
): Outcome {
  return route === 'machine'
    ? driveGame(scenario, seed, strategy).outcome
    : playHeadless(rulesOf(scenario), seed, strategy).outcome;
}

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
  scenario: Scenario,
  strategy: StrategyName,
  runs: number,
  seed: number,
  route: Route = 'machine',
): SimulationSummary {
  const P = scenario.parties.length;
  const attendance = new Array<number>(P).fill(0);
  const utilities = new Array<number>(P).fill(0);
  let deals = 0;
  let days = 0;
  for (let i = 0; i < runs; i++) {
    const outcome = playOnce(scenario, (seed + i) | 0, strategy, route);
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
