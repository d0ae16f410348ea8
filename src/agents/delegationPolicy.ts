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
  // The three costliest (ties to the lower issue), kept in order as they are found: no sort of every issue.
  const costs: IssueCost[] = [];
  for (let issue = 0; issue < view.text.length; issue++) {
    const row = view.points[issue]!;
    const option = view.text[issue]!;
    let top = 0;
    for (const p of row) if (p > top) top = p;
    const cost = Math.round(view.weights[issue]! * (top - row[option]!) * 100) / 100;
    if (!(cost > 0)) continue;
    let at = costs.length;
    while (at > 0 && costs[at - 1]!.cost < cost) at--;
    if (at >= 3) continue;
    costs.splice(at, 0, { issue, option, cost });
    if (costs.length > 3) costs.pop();
  }
  return costs;
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
  const aspiration = Math.round(targetUtility(view, rng) * 100) / 100;
  const costs = issueCosts(view);
  // Answers are written out field by field, in one order: object spread costs far more in V8.
  const redIssue = redIssueOf(view);
  if (redIssue >= 0) {
    const counter = counterProposal(view, aspiration);
    const redLine = { issue: redIssue, option: view.text[redIssue]! };
    return counter
      ? { kind: 'reject', utility, aspiration, costs, redLine, counter }
      : { kind: 'reject', utility, aspiration, costs, redLine };
  }
  if (utility >= aspiration) return { kind: 'accept', utility, aspiration, costs };
  if (view.trustMediator < POLICY.walkOutTrust && utility < view.walkAway)
    return { kind: 'walk-out', utility, aspiration, costs };
  const counter = counterProposal(view, aspiration);
  return counter
    ? { kind: 'counter', utility, aspiration, costs, counter }
    : { kind: 'reject', utility, aspiration, costs };
};

/** The first issue on which the text crosses one of the party's red lines, or -1. */
function redIssueOf(view: DelegationView): number {
  for (let issue = 0; issue < view.text.length; issue++)
    if (view.redLine[issue]![view.text[issue]!]) return issue;
  return -1;
}
