import { type AuthContext, type Client, Room, ServerError } from '@colyseus/core';
import {
  gameEventSchema,
  type JoinOptions,
  joinOptionsSchema,
  TO_CLIENT,
  TO_SERVER,
  teacherMessageSchema,
} from '../src/flow/live/protocol';
import { NEUTRAL_STRINGS } from '../src/flow/strings';
import type { ClassSession, SessionDeps } from './classSession';
import { SeatRoom, type SeatRoomHost } from './seatRoom';
import type { SessionStore } from './sessionStore';

const WORDS = NEUTRAL_STRINGS.liveClass.problems;

/** What the server gives every room it makes: set once at start (server/classServer.ts). */
export interface RoomContext extends SessionDeps {
  readonly store: SessionStore;
  readonly allowJoin: (address: string) => boolean;
}

let context: RoomContext | null = null;
export function provideRoomContext(next: RoomContext): void {
  context = next;
}

/** Sessions made or revived, waiting for their room: a room's options travel as data, a session does not. */
const waiting = new Map<string, ClassSession>();
export function awaitRoom(session: ClassSession): void {
  waiting.set(session.stored.code, session);
}

type Seat = { role: 'teacher' } | { role: 'student'; key: string };

/** Waits this long for a student or teacher who dropped (a closed lid, a lost network) before letting go. */
export const RECONNECT_SECONDS = 120;

/** A live class: one Colyseus room, its id the join code. Messages only, each sent to the one who may see it. */
export class ClassRoom extends Room {
  override maxMessagesPerSecond = 30;
  // A session lasts until the teacher ends it, whoever is connected.
  override autoDispose = false;
  private session!: ClassSession;
  private readonly seats = new Map<string, Seat>();
  private writeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Seats mode's side of the room (server/seatRoom.ts); null in solo mode. */
  private seatRoom: SeatRoom | null = null;

  override onCreate(options: { code: string }): void {
    const session = waiting.get(options.code);
    if (!session) throw new ServerError(403, WORDS.notTeacher);
    waiting.delete(options.code);
    this.session = session;
    this.roomId = session.stored.code;
    void this.setMetadata({ ended: session.stored.ended });
    this.persistSoon();
    if (session.desk)
      this.seatRoom = new SeatRoom(session, session.desk, this.seatHost(), RECONNECT_SECONDS * 1000);
    this.onMessage(TO_SERVER.play, (client, message) => this.play(client, message));
    this.onMessage(TO_SERVER.teacher, (client, message) => this.command(client, message));
    this.onMessage('*', (client, type) =>
      this.refuse(client, `unknown message type ${JSON.stringify(String(type).slice(0, 40))}`),
    );
  }

  override onAuth(_client: Client, raw: unknown, auth: AuthContext): JoinOptions {
    const ctx = context!;
    if (!ctx.allowJoin(auth.ip ?? 'unknown')) throw new ServerError(429, WORDS.tooMany);
    const parsed = joinOptionsSchema.safeParse(raw);
    if (!parsed.success) throw new ServerError(400, WORDS.badJoin);
    const options = parsed.data;
    if (options.role === 'teacher' && !this.session.isTeacher(options.teacherToken))
      throw new ServerError(403, WORDS.notTeacher);
    return options;
  }

  override onJoin(client: Client, options: JoinOptions): void {
    if (options.role === 'teacher') {
      this.seats.set(client.sessionId, { role: 'teacher' });
      this.sendView(client);
      return;
    }
    if (this.seatRoom) {
      this.seatRoom.join(client, options);
      return;
    }
    const joined = this.session.joinStudent(options.name, options.studentToken);
    if (!joined.ok) throw new ServerError(409, joined.reason === 'ended' ? WORDS.ended : WORDS.full);
    this.seats.set(client.sessionId, { role: 'student', key: joined.key });
    this.session.connected.add(joined.key);
    if (joined.token) client.send(TO_CLIENT.studentToken, { token: joined.token });
    client.send(TO_CLIENT.session, this.session.state());
    client.send(TO_CLIENT.game, { save: joined.game.saveText(context!.now()) });
    this.changed();
  }

  override onDrop(client: Client): void {
    // While the room closes (the server stopping) no one can come back to it: the store has their games.
    this.allowReconnection(client, RECONNECT_SECONDS).catch(() => {});
    this.markAway(client);
  }

  override onReconnect(client: Client): void {
    const seat = this.seats.get(client.sessionId);
    // What was said while the client was away (a pause lifted, the end): the session as it is now.
    if (seat?.role === 'student') client.send(TO_CLIENT.session, this.session.state());
    if (seat?.role === 'student' && this.seatRoom) this.seatRoom.back(client, seat.key);
    else if (seat?.role === 'student') {
      this.session.connected.add(seat.key);
      const game = this.session.games.get(seat.key);
      if (game) client.send(TO_CLIENT.game, { save: game.saveText(context!.now()) });
      this.changed();
    } else this.sendView(client);
  }

  override onLeave(client: Client): void {
    this.markAway(client);
    const seat = this.seats.get(client.sessionId);
    this.seats.delete(client.sessionId);
    if (seat?.role === 'student') this.seatRoom?.left(seat.key);
  }

  override onDispose(): void {
    this.flush();
    this.session.dispose();
  }

  private markAway(client: Client): void {
    const seat = this.seats.get(client.sessionId);
    if (seat?.role === 'student') {
      this.session.connected.delete(seat.key);
      this.seatRoom?.away(seat.key);
      this.changed();
    }
  }

  private play(client: Client, message: unknown): void {
    const seat = this.seats.get(client.sessionId);
    if (seat?.role !== 'student') {
      this.refuse(client, 'a game event from a seat that has no game');
      return;
    }
    if (this.seatRoom) {
      this.seatRoom.play(client, seat.key, message);
      return;
    }
    const parsed = gameEventSchema.safeParse((message as { event?: unknown } | null)?.event);
    if (!parsed.success) {
      this.refuse(client, `a game event that does not parse: ${parsed.error.issues[0]?.message}`);
      return;
    }
    const applied = this.session.play(seat.key, parsed.data);
    if (applied === 'refused') {
      const game = this.session.games.get(seat.key);
      client.send(TO_CLIENT.refused, { reason: WORDS.refused, save: game?.saveText(context!.now()) ?? null });
    }
    if (applied !== 'unchanged') this.changed();
  }

  private command(client: Client, message: unknown): void {
    if (this.seats.get(client.sessionId)?.role !== 'teacher') {
      this.refuse(client, 'a teacher command from a student');
      return;
    }
    const parsed = teacherMessageSchema.safeParse(message);
    if (!parsed.success) {
      this.refuse(client, 'a teacher command that does not parse');
      return;
    }
    const problem = this.session.command(parsed.data);
    if (problem) {
      this.refuse(client, problem);
      return;
    }
    const command = parsed.data;
    if (command.type === 'inject') this.sendInject(command.eventId);
    if (command.type === 'end') void this.setMetadata({ ended: true });
    // Resumed: the computer answers for the seats no student came back to while the class was paused.
    if (command.type === 'pause' && !command.paused) this.seatRoom?.resumed();
    if (command.type === 'end' || command.type === 'results') {
      client.send(TO_CLIENT.results, {
        results: this.session.results(new Date(context!.now()).toISOString().slice(0, 10)),
      });
    }
    this.toStudents(TO_CLIENT.session, this.session.state());
    this.changed();
  }

  /** What seats mode's side of the room uses of it. */
  private seatHost(): SeatRoomHost {
    return {
      clients: { [Symbol.iterator]: () => this.clients[Symbol.iterator]() },
      keyOf: (client) => {
        const seat = this.seats.get(client.sessionId);
        return seat?.role === 'student' ? seat.key : null;
      },
      inRoom: (key) => [...this.seats.values()].some((s) => s.role === 'student' && s.key === key),
      seat: (client, key) => this.seats.set(client.sessionId, { role: 'student', key }),
      refuse: (client, why) => this.refuse(client, why),
      changed: () => this.changed(),
      later: (ms, then) => void this.clock.setTimeout(then, ms),
      now: () => context!.now(),
    };
  }

  private refuse(client: Client, why: string): void {
    context!.log(`session ${this.roomId}: refused from ${client.sessionId}: ${why}`);
    client.send(TO_CLIENT.problem, { message: WORDS.malformed });
  }

  /** Every student hears the news, with their game as it now stands (the event played into it, if it could be). */
  private sendInject(eventId: string): void {
    const news = this.session.injectOf(eventId);
    if (this.seatRoom) {
      this.seatRoom.inject(news);
      return;
    }
    for (const client of this.clients) {
      const seat = this.seats.get(client.sessionId);
      if (seat?.role !== 'student') continue;
      const game = this.session.games.get(seat.key);
      // A game that could not take it (over, or had it already) is left as it is.
      if (game && this.session.injected.has(seat.key))
        client.send(TO_CLIENT.inject, { ...news, save: game.saveText(context!.now()) });
    }
  }

  private toStudents(type: string, payload: unknown): void {
    for (const client of this.clients)
      if (this.seats.get(client.sessionId)?.role === 'student') client.send(type, payload);
  }

  private sendView(client: Client): void {
    client.send(TO_CLIENT.classView, this.session.view());
  }

  /** The teachers' view and the store follow every change. */
  private changed(): void {
    for (const client of this.clients)
      if (this.seats.get(client.sessionId)?.role === 'teacher') this.sendView(client);
    this.persistSoon();
  }

  private persistSoon(): void {
    this.writeTimer ??= setTimeout(() => this.flush(), 200);
  }

  private flush(): void {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = null;
    context?.store.write(this.session.stored);
  }
}
