import { playedDays } from '../engine/calendar';
import type { Scenario } from '../scenario/schema';

/**
 * How long a game runs. A scenario may offer a short game for a single lesson (`calendar.short`): fewer days of
 * talks, perhaps fewer actions a day; the meeting still convenes on its date, and what happens after the last day
 * of talks happens without the mediator.
 */
export const GAME_LENGTHS = ['full', 'short'] as const;
export type GameLength = (typeof GAME_LENGTHS)[number];

const shortened = new WeakMap<Scenario, Scenario>();
const fullOf = new WeakMap<Scenario, Scenario>();

/** The lengths a scenario offers: always the full game, and the short one when its author wrote one. */
export function lengthsOf(scenario: Scenario): readonly GameLength[] {
  return fullScenarioOf(scenario).calendar.short ? GAME_LENGTHS : ['full'];
}

/** The scenario as a game of this length plays it: the same object for a full game, one made once for a short one. */
export function withLength(scenario: Scenario, length: GameLength): Scenario {
  const full = fullScenarioOf(scenario);
  const short = full.calendar.short;
  if (length === 'full' || !short) return full;
  let made = shortened.get(full);
  if (!made) {
    const { short: _, ...calendar } = full.calendar;
    made = {
      ...full,
      calendar: {
        ...calendar,
        lastDay: short.lastDay,
        actionsPerDay: short.actionsPerDay ?? full.calendar.actionsPerDay,
      },
    };
    shortened.set(full, made);
    fullOf.set(made, full);
  }
  return made;
}

/** The scenario as its author wrote it, for the scenario a game of some length plays. */
export function fullScenarioOf(scenario: Scenario): Scenario {
  return fullOf.get(scenario) ?? scenario;
}

export interface LengthChoice {
  readonly length: GameLength;
  readonly days: number;
  readonly actionsPerDay: number;
}

/** What each length a scenario offers plays: its days of talks and actions a day, for the teacher to choose by. */
export function lengthChoices(scenario: Scenario): readonly LengthChoice[] {
  return lengthsOf(scenario).map((length) => {
    const played = withLength(scenario, length);
    return { length, days: playedDays(played.calendar), actionsPerDay: played.calendar.actionsPerDay };
  });
}
