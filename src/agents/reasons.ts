import type { Answer } from '../engine/answer';
import type { Package } from '../engine/model';
import type { Evidence, Scenario } from '../scenario/schema';

/** One reason behind an answer: an issue that costs the party points, and the evidence for its stance. */
export interface Reason {
  readonly issueId: string;
  readonly issueName: string;
  readonly optionId: string;
  readonly optionLabel: string;
  /** Utility points the party loses on this issue against its best option. */
  readonly cost: number;
  /** Why the party scores this option as it does. */
  readonly evidence: Evidence;
  /** Why the issue matters to the party as much as it does. */
  readonly weightEvidence: Evidence;
}

export interface ChangeAsked {
  readonly issueId: string;
  readonly issueName: string;
  readonly from: string;
  readonly to: string;
}

export interface Explanation {
  readonly partyId: string;
  readonly speaker: string;
  readonly kind: Answer['kind'];
  readonly reasons: readonly Reason[];
  readonly redLine?: {
    readonly issueName: string;
    readonly optionLabel: string;
    readonly evidence: Evidence;
  };
  readonly changes: readonly ChangeAsked[];
}

/** Puts an answer in the scenario's words: which issues cost most, with the quote behind each stance. */
export function explainAnswer(
  scenario: Scenario,
  party: number,
  text: Package,
  answer: Pick<Answer, 'kind' | 'costs' | 'redLine' | 'counter'>,
): Explanation {
  const delegation = scenario.parties[party]!;
  const issue = (i: number) => scenario.issues[i]!;
  const option = (i: number, o: number) => issue(i).options[o]!;
  const valueEvidence = (i: number, o: number): Evidence =>
    delegation.values[issue(i).id]?.[option(i, o).id]?.evidence ?? {
      inferred: 'The scenario gives no points for this option.',
    };
  const reasons = answer.costs.map(
    (cost): Reason => ({
      issueId: issue(cost.issue).id,
      issueName: issue(cost.issue).name,
      optionId: option(cost.issue, cost.option).id,
      optionLabel: option(cost.issue, cost.option).label,
      cost: cost.cost,
      evidence: valueEvidence(cost.issue, cost.option),
      weightEvidence: delegation.weights[issue(cost.issue).id]?.evidence ?? {
        inferred: 'The scenario gives this issue no weight for this party.',
      },
    }),
  );
  const redLine = answer.redLine
    ? {
        issueName: issue(answer.redLine.issue).name,
        optionLabel: option(answer.redLine.issue, answer.redLine.option).label,
        evidence:
          delegation.redLines.find(
            (line) =>
              line.issue === issue(answer.redLine!.issue).id &&
              line.option === option(answer.redLine!.issue, answer.redLine!.option).id,
          )?.evidence ?? valueEvidence(answer.redLine.issue, answer.redLine.option),
      }
    : undefined;
  const changes = (answer.counter ?? text).flatMap((o, i): ChangeAsked[] =>
    o === text[i]
      ? []
      : [
          {
            issueId: issue(i).id,
            issueName: issue(i).name,
            from: option(i, text[i]!).label,
            to: option(i, o).label,
          },
        ],
  );
  return {
    partyId: delegation.id,
    speaker: delegation.leaders[0]!.name,
    kind: answer.kind,
    reasons,
    ...(redLine ? { redLine } : {}),
    changes,
  };
}
