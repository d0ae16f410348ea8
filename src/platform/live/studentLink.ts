import { Client, type Room } from '@colyseus/sdk';
import type { RootEvent } from '../../flow/events';
import {
  type SeatTableStatus,
  type SeatView,
  type SessionState,
  seatGameEventSchema,
  TO_CLIENT,
  TO_SERVER,
} from '../../flow/live/protocol';
import { NEUTRAL_STRINGS } from '../../flow/strings';
import type { EventTap } from './eventTap';
import { readLiveSeat, writeLiveSeat } from './liveSeat';

const WORDS = NEUTRAL_STRINGS.liveClass;

/** The server's table status has the lists the page draws from (a message that does not is left unread). */
function isTable(status: SeatTableStatus | undefined): status is SeatTableStatus {
  return (
    typeof status === 'object' &&
    status !== null &&
    Array.isArray(status.text) &&
    Array.isArray(status.seats) &&
    Array.isArray(status.waitingFor)
  );
}

/** The codes the class server refuses a join with, in its own words (server/classRoom.ts). */
const SAID_BY_SERVER = new Set([400, 403, 409, 429]);
/** Colyseus's "no room has that id". */
const NO_SUCH_ROOM = 522;

export interface StudentLinkDeps {
  readonly url: string;
  readonly send: (event: RootEvent) => void;
  /** Puts the server's game (a save's text) on the screen, quietly; says why it cannot, if it cannot. */
  readonly resume: (saveText: string) => string | null;
  readonly tap: EventTap;
  readonly store: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
}

export interface StudentLink {
  /** The student leaves the session: this tab forgets its seat. */
  leave(): void;
  /** The link closes and the seat is kept, for a new link to the same game (Rejoin). */
  close(): void;
}

function joinProblem(error: unknown, url: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'number' && SAID_BY_SERVER.has(code) && message) return message;
  if (code === NO_SUCH_ROOM || /not found/i.test(message)) return WORDS.problems.notFound;
  return WORDS.student.unreachable(url);
}

/** A reflection answer is sent once the student pauses typing, not at every key. */
const TYPING_PAUSE_MS = 600;

/**
 * A student's page in a live session (loaded only when a live code is entered): joins the session's room, puts
 * the server's game on the screen, and passes on every event that changed the game here. The server plays the
 * same event on its own machine; when it refuses one, it sends its game back and this page shows that one.
 */
export async function joinAsStudent(deps: StudentLinkDeps, code: string, name: string): Promise<StudentLink> {
  const { send, resume, tap, store, url } = deps;
  const kept = readLiveSeat(store);
  const token = kept && kept.url === url && kept.code === code ? kept.token : undefined;
  let room: Room;
  try {
    room = await new Client(url).joinById(code, {
      role: 'student',
      name,
      ...(token ? { studentToken: token } : {}),
    });
  } catch (error) {
    send({ type: 'liveClass.failed', message: joinProblem(error, url) });
    return { leave() {}, close() {} };
  }
  writeLiveSeat(store, { url, code, name, ...(token ? { token } : {}) });
  send({ type: 'liveClass.joined' });

  let leaving = false;
  const show = (save: unknown) => {
    if (typeof save !== 'string') return;
    const problem = resume(save);
    if (problem) send({ type: 'liveClass.notice', message: problem });
  };
  room.onMessage(TO_CLIENT.studentToken, (message: { token?: unknown }) => {
    if (typeof message?.token === 'string')
      writeLiveSeat(store, { url, code, name, token: message.token.slice(0, 200) });
  });
  room.onMessage(TO_CLIENT.session, (state: Partial<Record<keyof SessionState, unknown>>) =>
    send({
      type: 'liveClass.session',
      paused: state?.paused === true,
      ended: state?.ended === true,
      mode: state?.mode === 'seats' ? 'seats' : 'solo',
      scenarioId: String(state?.scenarioId ?? ''),
    }),
  );
  room.onMessage(TO_CLIENT.table, (status: SeatTableStatus) => {
    if (isTable(status)) send({ type: 'liveClass.table', status });
  });
  room.onMessage(TO_CLIENT.seat, (view: SeatView) => {
    if (isTable(view?.table) && typeof view.party === 'string') send({ type: 'liveClass.seat', view });
  });
  room.onMessage(TO_CLIENT.game, (message: { save?: unknown }) => show(message?.save));
  room.onMessage(TO_CLIENT.inject, (message: { title?: unknown; text?: unknown; save?: unknown }) => {
    show(message?.save);
    send({ type: 'liveClass.news', title: String(message?.title ?? ''), text: String(message?.text ?? '') });
  });
  room.onMessage(TO_CLIENT.refused, (message: { reason?: unknown; save?: unknown }) => {
    show(message?.save);
    send({ type: 'liveClass.notice', message: String(message?.reason ?? WORDS.problems.refused) });
  });
  room.onMessage(TO_CLIENT.problem, (message: { message?: unknown }) =>
    send({ type: 'liveClass.notice', message: String(message?.message ?? WORDS.problems.malformed) }),
  );
  room.onDrop(() => send({ type: 'liveClass.connection', connected: false }));
  room.onReconnect(() => send({ type: 'liveClass.connection', connected: true }));
  room.onLeave(() => {
    if (leaving) return;
    tap.listen(null);
    send({ type: 'liveClass.lost' });
  });

  const typing = new Map<string, { timer: ReturnType<typeof setTimeout>; event: unknown }>();
  const flushTyping = () => {
    for (const { timer, event } of typing.values()) {
      clearTimeout(timer);
      room.send(TO_SERVER.play, { event });
    }
    typing.clear();
  };
  tap.listen((event) => {
    // A delegation's reply travels too (seats mode); a solo game never has one to send.
    const parsed = seatGameEventSchema.safeParse(event);
    if (!parsed.success) return;
    const played = parsed.data;
    if (played.type === 'reflection.answer') {
      const key = `${played.phase}-${played.index}`;
      const waiting = typing.get(key);
      if (waiting) clearTimeout(waiting.timer);
      const timer = setTimeout(() => {
        typing.delete(key);
        room.send(TO_SERVER.play, { event: played });
      }, TYPING_PAUSE_MS);
      typing.set(key, { timer, event: played });
      return;
    }
    // In the order the student did things: an answer typed, then the move after it.
    flushTyping();
    room.send(TO_SERVER.play, { event: played });
  });

  const close = () => {
    leaving = true;
    flushTyping();
    tap.listen(null);
    void room.leave(true);
  };
  return {
    leave() {
      close();
      writeLiveSeat(store, null);
    },
    close,
  };
}
