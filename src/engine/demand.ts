import type { DelegationView } from './answer';

/**
 * What a delegation demands of a text, as the rules have it (docs/negotiation-engine.md, "What a delegation
 * asks for"). The engine uses it on the conference day; the delegation's answer adds a small day-to-day wobble.
 */
export const DEMAND = {
  /** How far along its concession curve a party comes by the conference when nobody engaged it. */
  reachAlone: 0.4,
  /** Target points lowered per point of trust in the mediator above 50 (raised below 50). */
  trustEffect: 0.08,
  /** Target points lowered per point the text already costs the others, on average (linkage). */
  reciprocity: 0.05,
} as const;

/**
 * Faratin-style concession that has to be earned: the share of the way from its best to its walk-away value a
 * party has come is time^(1/e) scaled by its engagement (consulted, its counter-proposals taken up). Trust in
 * the mediator lowers the demand; so does what the others give up, the more the party trusts them.
 */
export function demandOf(view: DelegationView): number {
  const time = Math.min(1, Math.max(0, view.time));
  const top = Math.max(view.best, view.walkAway);
  const reach = DEMAND.reachAlone + (1 - DEMAND.reachAlone) * Math.min(1, Math.max(0, view.engagement));
  const curve = view.walkAway + (top - view.walkAway) * (1 - reach * time ** (1 / view.exponent));
  const linkage = Math.min(1.5, Math.max(0.5, view.trustInOthers / 50));
  const adjusted =
    curve -
    (view.trustMediator - 50) * DEMAND.trustEffect -
    view.othersConcession * DEMAND.reciprocity * linkage;
  return Math.max(view.walkAway, Math.min(top, adjusted));
}
