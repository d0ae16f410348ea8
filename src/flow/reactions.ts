import { packageKey } from '../engine/game';
import type { Report } from '../engine/moves';
import type { RunContext } from './runContext';

/** How a delegation took the envoy's last move, when that move was about it: for its card, in its leader's voice. */
export type Reaction =
  | { readonly kind: 'pressed' | 'reassured'; readonly trustBefore: number; readonly trustAfter: number }
  | { readonly kind: 'cornered'; readonly trustBefore: number; readonly trustAfter: number }
  | { readonly kind: 'consulted' }
  | { readonly kind: 'statement' };

export type ReactionKind = Reaction['kind'];

/** The reaction a move's reports call for from one delegation: the one definition, for every entry of the journal. */
export function reactionIn(
  reports: readonly Report[],
  party: number,
): { readonly kind: ReactionKind; readonly trustDelta: number } | null {
  for (const report of reports) {
    if ((report.kind === 'press' || report.kind === 'reassure') && report.party === party)
      return { kind: report.kind === 'press' ? 'pressed' : 'reassured', trustDelta: report.trustDelta };
    if (report.kind === 'consult' && report.party === party) return { kind: 'consulted', trustDelta: 0 };
    if (report.kind === 'statement')
      return report.cornered === party
        ? { kind: 'cornered', trustDelta: report.trustDelta }
        : { kind: 'statement', trustDelta: 0 };
  }
  return null;
}

export function reactionOf(run: RunContext, party: number): Reaction | null {
  const found = reactionIn(run.journal.at(-1)?.reports ?? [], party);
  if (!found) return null;
  if (found.kind === 'consulted' || found.kind === 'statement') return { kind: found.kind };
  const trustAfter = Math.round(run.game.parties[party]!.trustMediator);
  return { kind: found.kind, trustBefore: Math.round(trustAfter - found.trustDelta), trustAfter };
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
