import type { Package, Points, Weights } from './model';
import type { Rng } from './rng';

export type AnswerKind = 'accept' | 'counter' | 'reject' | 'walk-out';

/** What one issue of a text costs the party, in utility points, against its best option there. */
export interface IssueCost {
  readonly issue: number;
  readonly option: number;
  readonly cost: number;
}

/** A delegation's answer to a tabled text, with the numbers behind it. */
export interface Answer {
  readonly kind: AnswerKind;
  readonly utility: number;
  /** What the party asked for today (its target utility). */
  readonly aspiration: number;
  /** The issues that cost the party most, most costly first (at most three). */
  readonly costs: readonly IssueCost[];
  /** Set when the text crosses a red line: the issue and option. */
  readonly redLine?: { readonly issue: number; readonly option: number };
  /** Set for a counter-proposal: the text the party would accept instead. */
  readonly counter?: Package;
}

/**
 * What a delegation sees when a text is tabled: its own preferences and state, the others' public positions
 * (the points they are known to give each option) — never the others' weights, walk-away values or red lines.
 */
export interface DelegationView {
  readonly party: number;
  readonly text: Package;
  /** The share of the run-up gone, 0 on the first day, 1 on the conference day. */
  readonly time: number;
  readonly weights: Weights;
  readonly points: Points;
  readonly redLine: readonly (readonly boolean[])[];
  readonly walkAway: number;
  readonly best: number;
  readonly exponent: number;
  readonly trustMediator: number;
  readonly trustParties: readonly number[];
  /** Each other party's public position: its points per option, weighed equally across issues. */
  readonly othersPublicPoints: readonly (Points | null)[];
  /** How far, on average, the text leaves the other parties below their best (0–100 points). */
  readonly othersConcession: number;
  /** How much the mediator has engaged this party so far, 0–1 (see GameState's PartyState.engagement). */
  readonly engagement: number;
  /** The party's average trust in the other parties: linkage counts for more between parties that trust each other. */
  readonly trustInOthers: number;
}

/** A seat's decision rule: the computer's policy, or later a student's answer. */
export type Policy = (view: DelegationView, rng: Rng) => Answer;
