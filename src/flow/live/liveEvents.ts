import type { SeatTableStatus, SeatView, SessionMode } from './protocol';

/**
 * What the page's link to a live class session tells the game (src/platform/live/), and what the student does
 * with its notices. The server's game is the truth: these only say how the link stands and what it heard.
 */
export type LiveEvent =
  /** Back in a session after a reload: the code and name kept for this tab. */
  | { type: 'liveClass.rejoin'; code: string; name: string }
  | { type: 'liveClass.joined' }
  /** The join did not work: the server's sentence, or why the page could not reach it. */
  | { type: 'liveClass.failed'; message: string }
  | {
      type: 'liveClass.session';
      paused: boolean;
      ended: boolean;
      mode: SessionMode;
      scenarioId: string;
    }
  /** Seats mode, to the mediator: the table's public status (who holds which seat, whose answer is awaited). */
  | { type: 'liveClass.table'; status: SeatTableStatus }
  /** Seats mode, to a delegation: their seat's view (their own question only). */
  | { type: 'liveClass.seat'; view: SeatView }
  /** The connection dropped, and the page is trying again; or it is back. */
  | { type: 'liveClass.connection'; connected: boolean }
  /** The page gave up trying: the student may rejoin (the game is kept on the server). */
  | { type: 'liveClass.lost' }
  /** The teacher's inject, as students read it (the event is already played into the game). */
  | { type: 'liveClass.news'; title: string; text: string }
  | { type: 'liveClass.dismissNews' }
  /** Something the server said once: a move it did not take, a message it could not read. */
  | { type: 'liveClass.notice'; message: string }
  | { type: 'liveClass.dismissNotice' }
  /** The student leaves the session: the page goes back to the title, offline. */
  | { type: 'liveClass.leave' };

export function isLiveEvent(event: { type: string }): event is LiveEvent {
  return event.type.startsWith('liveClass.');
}
