import type { RoleBrief } from './roleBriefs';

/**
 * Whose role briefs the teacher looks at and prints: everyone's, the mediator's or one party's. A tagged value,
 * since a party's id can be any word, "all" and "mediator" too.
 */
export type BriefsWho =
  | { readonly kind: 'all' }
  | { readonly kind: 'mediator' }
  | { readonly kind: 'party'; readonly id: string };

export interface BriefsChoice {
  readonly who: BriefsWho;
  readonly numbers: boolean;
}

export const FIRST_BRIEFS: BriefsChoice = { who: { kind: 'all' }, numbers: false };

export type BriefsEvent =
  | { type: 'teacher.briefs.who'; who: BriefsWho }
  | { type: 'teacher.briefs.numbers'; numbers: boolean };

export function chooseBriefs(choice: BriefsChoice, event: BriefsEvent): BriefsChoice {
  return event.type === 'teacher.briefs.who'
    ? { ...choice, who: event.who }
    : { ...choice, numbers: event.numbers };
}

/** The choice that shows one brief alone. */
export function whoOf(brief: RoleBrief): BriefsWho {
  return brief.kind === 'mediator' ? { kind: 'mediator' } : { kind: 'party', id: brief.id };
}

const isOf = (brief: RoleBrief, who: BriefsWho) =>
  who.kind === 'mediator'
    ? brief.kind === 'mediator'
    : who.kind === 'party' && brief.kind === 'party' && brief.id === who.id;

/** The briefs chosen; a party the scenario does not have (another scenario was chosen since) shows them all. */
export function chosenBriefs(briefs: readonly RoleBrief[], choice: BriefsChoice): readonly RoleBrief[] {
  const one = briefs.filter((b) => isOf(b, choice.who));
  return one.length > 0 ? one : briefs;
}
