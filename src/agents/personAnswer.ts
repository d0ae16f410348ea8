import type { Answer, AnswerKind, DelegationView } from '../engine/answer';
import { type Package, utilityOf } from '../engine/model';
import { issueCosts } from './delegationPolicy';

/**
 * A person's answer at a delegation's seat, with the same numbers a computer answer carries so the screens read
 * it alike. A person has no announced target: the text's own worth stands in for it.
 */
export function personAnswer(view: DelegationView, kind: AnswerKind, counter?: Package): Answer {
  const utility = Math.round(utilityOf(view.points, view.weights, view.text) * 100) / 100;
  const redIssue = view.text.findIndex((option, issue) => view.redLine[issue]![option]);
  return {
    kind,
    utility,
    aspiration: utility,
    costs: issueCosts(view),
    ...(redIssue >= 0 ? { redLine: { issue: redIssue, option: view.text[redIssue]! } } : {}),
    ...(counter && (kind === 'counter' || kind === 'reject') ? { counter } : {}),
  };
}
