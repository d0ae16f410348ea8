import { packageKey } from '../engine/game';
import type { RunContext } from './runContext';

/** How a delegation took the envoy's last move, when that move was about it: for its card, in its leader's voice. */
export type Reaction =
  | { readonly kind: 'pressed' | 'reassured'; readonly trustBefore: number; readonly trustAfter: number }
  | { readonly kind: 'cornered'; readonly trustBefore: number; readonly trustAfter: number }
  | { readonly kind: 'statement' };

export function reactionOf(run: RunContext, party: number): Reaction | null {
  const last = run.journal.at(-1);
  const trustAfter = Math.round(run.game.parties[party]!.trustMediator);
  for (const report of last?.reports ?? []) {
    if ((report.kind === 'press' || report.kind === 'reassure') && report.party === party)
      return {
        kind: report.kind === 'press' ? 'pressed' : 'reassured',
        trustBefore: Math.round(trustAfter - report.trustDelta),
        trustAfter,
      };
    if (report.kind === 'statement')
      return report.cornered === party
        ? { kind: 'cornered', trustBefore: Math.round(trustAfter - report.trustDelta), trustAfter }
        : { kind: 'statement' };
  }
  return null;
}

/** How an answer stands against the draft: the clauses the draft has changed since the text it answered. */
export function answerChanges(run: RunContext, answered: readonly number[]): number {
  return run.draft.text.reduce((n, option, issue) => n + (answered[issue] === option ? 0 : 1), 0);
}

/** The delegations that already refused the draft as it stands: tabling it again costs trust with each. */
export function refusedDraftBy(run: RunContext): number[] {
  const key = packageKey(run.draft.text);
  return run.draft.parties.filter((p) => run.game.parties[p]!.rejected.includes(key));
}
