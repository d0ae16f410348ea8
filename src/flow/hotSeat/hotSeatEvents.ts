import type { SeatMode } from '../runContext';

/** Hot-seat play: a seat chosen on the title, and the laptop passed between the students and the mediator. */
export type HotSeatEvent =
  /** On the title: who plays a party of the selected scenario. */
  | { type: 'title.seat'; party: string; mode: SeatMode }
  /** The student at the seat waiting for an answer has the laptop: their brief opens. */
  | { type: 'hotSeat.show' }
  /** The mediator has the laptop back: the meeting room opens. */
  | { type: 'hotSeat.back' };
