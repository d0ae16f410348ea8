import type { Answer, DelegationView, IssueCost } from '../engine/answer';
import { demandOf } from '../engine/demand';
import { utilityOf } from '../engine/model';
import type { Rng } from '../engine/rng';
import { counterProposal } from './counterProposal';

/** The answer rule's own numbers; what a party demands is the engine's rule (engine/demand.ts). */
export const POLICY = {
  /** Standard deviation of the day-to-day wobble in the target, in points. */
  tremble: 1,
  /** Trust in the mediator below which a party walks out of a text below its walk-away. */
  walkOutTrust: 15,
} as const;

/** The issues that cost the party most in this text, in utility points against its best option there. */
export function issueCosts(view: DelegationView): IssueCost[] {
  const costs: IssueCost[] = [];
  for (let issue = 0; issue < view.text.length; issue++) {
    const row = view.points[issue]!;
    const option = view.text[issue]!;
    let top = 0;
    for (const p of row) if (p > top) top = p;
    const cost = Math.round(view.weights[issue]! * (top - row[option]!) * 100) / 100;
    if (cost > 0) costs.push({ issue, option, cost });
  }
  return costs.sort((a, b) => b.cost - a.cost || a.issue - b.issue).slice(0, 3);
}

/** Today's target utility: the engine's demand, with a small wobble from the party's own stream. */
export function targetUtility(view: DelegationView, rng: Rng): number {
  return Math.max(view.walkAway, demandOf(view) + rng.normal() * POLICY.tremble);
}

/**
 * The computer delegation's rule, in order:
 * 1. a text across a red line is rejected (with a counter-proposal when one exists);
 * 2. a text worth at least today's target is accepted;
 * 3. a party that no longer trusts the mediator walks out of a text below its walk-away value;
 * 4. otherwise it counters with the smallest change that reaches its target, or rejects.
 */
export const delegationPolicy = (view: DelegationView, rng: Rng): Answer => {
  const utility = Math.round(utilityOf(view.points, view.weights, view.text) * 100) / 100;
  const target = Math.round(targetUtility(view, rng) * 100) / 100;
  const costs = issueCosts(view);
  const redIssue = view.text.findIndex((option, issue) => view.redLine[issue]![option]);
  const base = { utility, aspiration: target, costs };
  if (redIssue >= 0) {
    const counter = counterProposal(view, target);
    const redLine = { issue: redIssue, option: view.text[redIssue]! };
    return counter ? { kind: 'reject', ...base, redLine, counter } : { kind: 'reject', ...base, redLine };
  }
  if (utility >= target) return { kind: 'accept', ...base };
  if (view.trustMediator < POLICY.walkOutTrust && utility < view.walkAway)
    return { kind: 'walk-out', ...base };
  const counter = counterProposal(view, target);
  return counter ? { kind: 'counter', ...base, counter } : { kind: 'reject', ...base };
};
