import type { Scenario } from '../scenario/schema';

/** The nouns the interface uses for the scenario's world: Geneva's "conference" is another scenario's "meeting". */
export interface Terms {
  readonly meeting: string;
  readonly party: string;
  readonly parties: string;
  readonly mediator: string;
  readonly news: string;
}

export interface Outcomes {
  readonly allAttend: string;
  readonly someAbsent: string;
  readonly noneAttend: string;
}

/** Everything around the negotiation that a scenario names: no Geneva word reaches another scenario's screens. */
export interface Frame {
  readonly title: string;
  readonly organisation: string | undefined;
  readonly mediatorName: string;
  readonly mediatorTitle: string;
  readonly mediatorColour: string;
  readonly language: string;
  readonly terms: Terms;
  readonly outcomes: Outcomes;
  /** Whether the debrief can set the game beside what really happened. */
  readonly hasHistory: boolean;
  /** A file name stem for what the game offers to download. */
  readonly fileStem: string;
}

// TODO(schema v2 merge): read these straight from the scenario once the format carries them.
export const DEFAULT_TERMS: Terms = {
  meeting: 'meeting',
  party: 'party',
  parties: 'parties',
  mediator: 'mediator',
  news: 'news',
};
const DEFAULT_OUTCOMES: Outcomes = {
  allAttend: 'Everyone comes to the table. What they make of it is up to them.',
  someAbsent: 'The meeting opens with empty chairs.',
  noneAttend: 'Nobody comes.',
};
type V2 = Scenario & {
  terms?: Terms;
  outcomes?: Outcomes;
  meta: Scenario['meta'] & { kind?: 'historical' | 'fictional' };
  mediator: Scenario['mediator'] & { organisation?: string };
};

export function frameOf(plain: Scenario): Frame {
  const scenario = plain as V2;
  return {
    title: scenario.meta.title,
    organisation: scenario.mediator.organisation,
    mediatorName: scenario.mediator.name,
    mediatorTitle: scenario.mediator.title,
    mediatorColour: scenario.mediator.colour,
    language: scenario.meta.language,
    terms: scenario.terms ?? DEFAULT_TERMS,
    outcomes: scenario.outcomes ?? DEFAULT_OUTCOMES,
    hasHistory:
      (scenario.meta.kind ?? 'historical') === 'historical' && (scenario.debrief.history?.length ?? 0) > 0,
    fileStem: scenario.meta.id,
  };
}
