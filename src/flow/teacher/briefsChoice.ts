import type { Scenario } from '../../scenario/schema';
import type { RoleBrief } from './roleBriefs';

/** Which role briefs the teacher looks at and prints: everyone's, one party's (by id) or the mediator's. */
export interface BriefsChoice {
  readonly who: string;
  readonly numbers: boolean;
}

export const FIRST_BRIEFS: BriefsChoice = { who: 'all', numbers: false };

export type BriefsEvent =
  | { type: 'teacher.briefs.who'; who: string }
  | { type: 'teacher.briefs.numbers'; numbers: boolean };

export function chooseBriefs(choice: BriefsChoice, event: BriefsEvent): BriefsChoice {
  return event.type === 'teacher.briefs.who'
    ? { ...choice, who: event.who }
    : { ...choice, numbers: event.numbers };
}

/** The briefs chosen; a party the scenario does not have (another scenario was chosen since) shows them all. */
export function chosenBriefs(
  briefs: readonly RoleBrief[],
  choice: BriefsChoice,
  scenario: Scenario,
): readonly RoleBrief[] {
  const known = choice.who === 'mediator' || scenario.parties.some((p) => p.id === choice.who);
  return known ? briefs.filter((b) => b.id === choice.who) : briefs;
}
