import { playHeadless } from '../agents/headlessGame';
import type { MediatorFactory } from '../agents/mediators/mediator';
import type { Outcome } from '../engine/game';
import type { Scenario } from '../scenario/schema';
import { driveGame } from './driveGame';
import { type GameLength, withLength } from './gameLength';
import { rulesOf } from './rulesOf';

/** Through the root machine (as the browser plays), or straight through the engine (to measure the machine). */
export type Route = 'machine' | 'engine';

export function playOnce(
  scenario: Scenario,
  seed: number,
  factory: MediatorFactory,
  route: Route = 'machine',
  length: GameLength = 'full',
): Outcome {
  return route === 'machine'
    ? driveGame(scenario, seed, factory, { length }).outcome
    : playHeadless(rulesOf(withLength(scenario, length)), seed, factory).outcome;
}

export interface SimulationSummary {
  readonly strategy: string;
  readonly runs: number;
  readonly seed: number;
  /** Share of games in which every party attends. */
  readonly dealRate: number;
  /** Share of games each party attends. */
  readonly attendance: readonly number[];
  readonly meanUtilities: readonly number[];
  /** Mean days played before the conference (it may be called early). */
  readonly meanDays: number;
  /**
   * Of the attendance decisions where the party had answered the conference's text, the share that did what its
   * last answer said (accepted and came, or refused and stayed away); null when no party ever answered it.
   */
  readonly agreement: number | null;
}

export function summarise(strategy: string, seed: number, outcomes: readonly Outcome[]): SimulationSummary {
  const P = outcomes[0]?.attends.length ?? 0;
  const attendance = new Array<number>(P).fill(0);
  const utilities = new Array<number>(P).fill(0);
  let deals = 0;
  let days = 0;
  let answered = 0;
  let agreed = 0;
  for (const outcome of outcomes) {
    if (outcome.deal) deals++;
    days += outcome.day;
    outcome.attends.forEach((a, p) => {
      if (a) attendance[p]!++;
      utilities[p]! += outcome.utilities[p]!;
      const last = outcome.lastAnswers[p];
      if (last === null || last === undefined) return;
      answered++;
      if (a === (last === 'accept')) agreed++;
    });
  }
  const runs = outcomes.length;
  return {
    strategy,
    runs,
    seed,
    dealRate: runs > 0 ? deals / runs : 0,
    attendance: attendance.map((a) => a / runs),
    meanUtilities: utilities.map((u) => u / runs),
    meanDays: runs > 0 ? days / runs : 0,
    agreement: answered > 0 ? agreed / answered : null,
  };
}

/** Game i uses seed + i (hashed inside the engine), so a run is reproducible and any one game can be replayed alone. */
export function simulate(
  scenario: Scenario,
  strategy: string,
  factory: MediatorFactory,
  runs: number,
  seed: number,
  route: Route = 'machine',
  length: GameLength = 'full',
): SimulationSummary {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < runs; i++) outcomes.push(playOnce(scenario, (seed + i) | 0, factory, route, length));
  return summarise(strategy, seed, outcomes);
}
