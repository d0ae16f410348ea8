import { fromCallback } from 'xstate';
import { delegationPolicy } from '../agents/delegationPolicy';
import type { Answer, DelegationView } from '../engine/answer';
import type { RngState } from '../engine/rng';
import { rngFrom } from '../engine/rngStream';
import type { SeatEvent } from './events';

export type SeatMode = 'computer' | 'person';

export interface SeatInput {
  readonly party: number;
  readonly mode: SeatMode;
}

export type SeatMessage =
  | { type: 'seat.ask'; view: DelegationView; rng: RngState }
  | { type: 'seat.reply'; party: number; answer: Answer };

/**
 * One delegation's seat at the table. A computer seat answers through the engine at once; a person's seat
 * keeps the question until that person's reply arrives. The parent cannot tell the difference.
 */
export const seatLogic = fromCallback<SeatMessage, SeatInput, SeatEvent>(({ input, receive, sendBack }) => {
  let waiting: { rng: RngState } | null = null;
  receive((message) => {
    if (message.type === 'seat.ask') {
      if (input.mode === 'computer') {
        const rng = rngFrom(message.rng);
        const answer = delegationPolicy(message.view, rng);
        sendBack({ type: 'seat.answered', given: { party: input.party, answer, rng: rng.state } });
      } else {
        waiting = { rng: message.rng };
      }
    } else if (message.party === input.party && waiting) {
      sendBack({
        type: 'seat.answered',
        given: { party: input.party, answer: message.answer, rng: waiting.rng },
      });
      waiting = null;
    }
  });
});
