import { TERMS_DEFAULTS } from '../scenario/defaults';
import type { Outcomes, Scenario, Terms } from '../scenario/schema';

export type { Outcomes, Terms };

/** Everything around the negotiation that a scenario names: no Geneva word reaches another scenario's screens. */
export interface Frame {
  readonly organisation: string | undefined;
  readonly mediatorTitle: string;
  readonly language: string;
  readonly terms: Terms;
  readonly outcomes: Outcomes;
  /** Whether the debrief can set the game beside what really happened. */
  readonly hasHistory: boolean;
  /** A file name stem for what the game offers to download. */
  readonly fileStem: string;
}

/** The nouns of a scenario that names none: the schema's own defaults. */
export const DEFAULT_TERMS: Terms = TERMS_DEFAULTS;

export function frameOf(scenario: Scenario): Frame {
  return {
    organisation: scenario.mediator.organisation,
    mediatorTitle: scenario.mediator.title,
    language: scenario.meta.language,
    terms: scenario.terms,
    outcomes: scenario.outcomes,
    hasHistory: scenario.meta.kind === 'historical' && (scenario.debrief.history?.length ?? 0) > 0,
    fileStem: scenario.meta.id,
  };
}
