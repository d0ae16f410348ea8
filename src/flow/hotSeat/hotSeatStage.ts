import type { RunContext } from '../runContext';
import { type PersonQuestion, personAsked, personQuestion, waitingSeats } from './personQuestion';

/**
 * Where the laptop is in hot-seat play: going to a student (a privacy screen), open at their brief, or going
 * back to the mediator (a privacy screen again). Null when the mediator's own screens show.
 */
export type HotSeatStage =
  | { readonly kind: 'handOver' | 'brief'; readonly question: PersonQuestion }
  | { readonly kind: 'handBack' };

interface Snapshot {
  matches(value: unknown): boolean;
  readonly context: { readonly run: RunContext | null };
}

export function hotSeatStageOf(snapshot: Snapshot): HotSeatStage | null {
  const run = snapshot.context.run;
  if (!run) return null;
  if (snapshot.matches({ run: { meetings: 'handBack' } })) return { kind: 'handBack' };
  if (!snapshot.matches({ run: { meetings: 'awaitingAnswers' } })) return null;
  const question = personQuestion(run);
  if (question)
    return {
      kind: snapshot.matches({ run: { meetings: { awaitingAnswers: 'brief' } } }) ? 'brief' : 'handOver',
      question,
    };
  // The last person has replied and their answer is on its way: the laptop is already going back.
  return personAsked(run) && waitingSeats(run).length === 0 ? { kind: 'handBack' } : null;
}
