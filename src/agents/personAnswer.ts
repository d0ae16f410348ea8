import type { Answer, AnswerKind, DelegationView } from '../engine/answer';
import { type Package, utilityOf } from '../engine/model';

/**
 * A person's answer at a delegation's seat. The engine reads its worth (trust moves as for any answer); the
 * meeting room shows only what the person said: their kind of answer and any counter-proposal. No costs and no
 * red line, which would come from their hidden priorities: a student's reasons are their own to give.
 */
export function personAnswer(view: DelegationView, kind: AnswerKind, counter?: Package): Answer {
  const utility = Math.round(utilityOf(view.points, view.weights, view.text) * 100) / 100;
  return {
    kind,
    utility,
    aspiration: utility,
    costs: [],
    ...(counter && (kind === 'counter' || kind === 'reject') ? { counter } : {}),
  };
}
