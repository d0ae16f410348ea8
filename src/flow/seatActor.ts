import { fromCallback } from 'xstate';
import type { GivenAnswer } from '../engine/moves';
import type { SeatEvent } from './events';
import type { SeatMode } from './runContext';
import { answerAsComputer, type Question } from './seatAnswers';

export interface SeatInput {
  readonly party: number;
  readonly mode: SeatMode;
}

export type SeatMessage =
  | { type: 'seat.ask'; question: Question }
  | { type: 'seat.reply'; given: GivenAnswer };

/**
 * One delegation's seat at the table. A computer seat answers through the engine at once; a person's seat
 * keeps the question until that person's reply arrives. The parent cannot tell the difference.
 */
export const seatLogic = fromCallback<SeatMessage, SeatInput, SeatEvent>(({ input, receive, sendBack }) => {
  let waiting = false;
  receive((message) => {
    if (message.type === 'seat.ask') {
      if (input.mode === 'computer')
        sendBack({ type: 'seat.answered', given: answerAsComputer(message.question) });
      else waiting = true;
    } else if (message.given.party === input.party && waiting) {
      waiting = false;
      sendBack({ type: 'seat.answered', given: message.given });
    }
  });
});
