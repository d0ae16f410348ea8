import type { Move } from '../../engine/move';
import type { RunContext } from '../runContext';
import { answerAsComputer } from '../seatAnswers';
import { waitingSeats } from './personQuestion';

/**
 * The reply the computer's policy gives for a person's seat that has no one at it (a live table's empty or
 * abandoned seat): the answer a computer seat would give the same question, written as the seat's reply move
 * marked as the computer's, so the log replays it with the computer's reasons (and its random draws). Null when
 * the seat owes no answer.
 */
export function computerReply(run: RunContext, party: number): Extract<Move, { type: 'reply' }> | null {
  const question = run.pending?.request.questions.find((q) => q.party === party);
  if (!question || !waitingSeats(run).includes(party)) return null;
  const { answer } = answerAsComputer(question);
  const { issues, parties } = run.scenario;
  const counter = answer.counter
    ? Object.fromEntries(issues.map((issue, i) => [issue.id, issue.options[answer.counter![i]!]!.id]))
    : undefined;
  return {
    type: 'reply',
    party: parties[party]!.id,
    answer: counter ? { kind: answer.kind, counter } : { kind: answer.kind },
    by: 'computer',
  };
}
