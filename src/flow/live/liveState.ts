import type { LiveEvent } from './liveEvents';
import type { SeatTableStatus, SeatView } from './protocol';
import { cleanStudentName, type SessionMode } from './sessionTerms';

/** A student's page in a live class session, as the game shows it. */
export interface LiveState {
  readonly code: string;
  readonly name: string;
  readonly phase: 'joining' | 'playing' | 'failed';
  readonly connected: boolean;
  /** The link gave up: only the student's Rejoin brings it back. */
  readonly lost: boolean;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly mode: SessionMode;
  readonly scenarioId: string | null;
  /** Seats mode, the mediator's page: the table as the server sees it. */
  readonly table: SeatTableStatus | null;
  /** Seats mode, a delegation's page: its own seat. */
  readonly seat: SeatView | null;
  /** The delegation's answer has gone to the server, which has not yet said the question is closed. */
  readonly answered: boolean;
  readonly news: { readonly title: string; readonly text: string } | null;
  readonly notice: string | null;
  /** Why the join failed, in the server's words or the page's. */
  readonly problem: string | null;
}

export function joiningLive(code: string, name: string): LiveState {
  return {
    code,
    name: cleanStudentName(name),
    phase: 'joining',
    connected: false,
    lost: false,
    paused: false,
    ended: false,
    mode: 'solo',
    scenarioId: null,
    table: null,
    seat: null,
    answered: false,
    news: null,
    notice: null,
    problem: null,
  };
}

/** The live state after what the link heard; null when the student has left the session. */
export function updateLive(live: LiveState | null, event: LiveEvent): LiveState | null {
  if (event.type === 'liveClass.rejoin') return joiningLive(event.code, event.name);
  if (!live || event.type === 'liveClass.leave') return null;
  switch (event.type) {
    case 'liveClass.joined':
      return { ...live, phase: 'playing', connected: true, lost: false, problem: null };
    case 'liveClass.failed':
      return { ...live, phase: 'failed', connected: false, problem: event.message.slice(0, 300) };
    case 'liveClass.session':
      return {
        ...live,
        paused: event.paused,
        ended: event.ended,
        mode: event.mode,
        scenarioId: event.scenarioId,
      };
    case 'liveClass.table':
      return { ...live, table: event.status };
    case 'liveClass.seat':
      // The answer sent stands until the server's view asks something else (or nothing).
      return { ...live, seat: event.view, answered: live.answered && sameQuestion(live.seat, event.view) };
    case 'liveClass.connection':
      return { ...live, connected: event.connected };
    case 'liveClass.lost':
      return { ...live, connected: false, lost: true };
    case 'liveClass.news':
      return { ...live, news: { title: event.title.slice(0, 160), text: event.text.slice(0, 1500) } };
    case 'liveClass.dismissNews':
      return { ...live, news: null };
    case 'liveClass.notice':
      return { ...live, notice: event.message.slice(0, 300) };
    case 'liveClass.dismissNotice':
      return { ...live, notice: null };
  }
}

/** A delegation's page answers the question its seat is asked, once: the server hears it through the page's link. */
export function seatMayReply(live: LiveState | null, party: string): boolean {
  return Boolean(live?.seat?.waiting && live.seat.question && live.seat.party === party && !live.answered);
}

function sameQuestion(before: SeatView | null, after: SeatView): boolean {
  return after.waiting && JSON.stringify(before?.question) === JSON.stringify(after.question);
}
