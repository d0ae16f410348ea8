import { delegationPolicy } from '../agents/delegationPolicy';
import { personAnswer } from '../agents/personAnswer';
import type { DelegationView } from '../engine/answer';
import type { Model } from '../engine/model';
import { compileText, type Move } from '../engine/move';
import type { GivenAnswer } from '../engine/moves';
import type { RngState } from '../engine/rng';
import { rngFrom } from '../engine/rng';

export interface Question {
  readonly party: number;
  readonly view: DelegationView;
  readonly rng: RngState;
}

/** A computer seat's answer: the delegation policy on the party's own random stream. */
export function answerAsComputer(question: Question): GivenAnswer {
  const rng = rngFrom(question.rng);
  const answer = delegationPolicy(question.view, rng);
  return { party: question.party, answer, rng: rng.state };
}

/** A person's reply as the seat's answer; the party's stream is left as it was (a person draws nothing). */
export function answerAsPerson(
  model: Model,
  question: Question,
  reply: Extract<Move, { type: 'reply' }>,
): GivenAnswer {
  const counter = reply.answer.counter ? compileText(model, reply.answer.counter) : undefined;
  const answer = personAnswer(question.view, reply.answer.kind, counter?.ok ? counter.value : undefined);
  return { party: question.party, answer, rng: question.rng };
}

/** A reply in the log as the seat's answer: the person's own, or the computer's where it held the empty seat. */
export function answerOfReply(
  model: Model,
  question: Question,
  reply: Extract<Move, { type: 'reply' }>,
): GivenAnswer {
  return reply.by === 'computer' ? answerAsComputer(question) : answerAsPerson(model, question, reply);
}
