import type { Move } from '../../engine/move';
import type { Scenario } from '../../scenario/schema';

export type ReplyKind = 'accept' | 'reject' | 'counter';

/** The move a student's answer makes, the counter-proposal (one option per issue, by index) named by ids. */
export function replyMove(
  scenario: Scenario,
  party: number,
  kind: ReplyKind,
  counter?: readonly number[],
): Extract<Move, { type: 'reply' }> {
  const { issues, parties } = scenario;
  return {
    type: 'reply',
    party: parties[party]!.id,
    answer:
      kind === 'counter' && counter
        ? {
            kind,
            counter: Object.fromEntries(issues.map((issue, i) => [issue.id, issue.options[counter[i]!]!.id])),
          }
        : { kind },
  };
}
