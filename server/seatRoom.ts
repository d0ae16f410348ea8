import { type Client, ServerError } from '@colyseus/core';
import { seatGameEventSchema, TO_CLIENT } from '../src/flow/live/protocol';
import { NEUTRAL_STRINGS } from '../src/flow/strings';
import type { ClassSession } from './classSession';
import type { SeatDesk } from './seatDesk';
import { MEDIATOR_SEAT, type SeatTable } from './seatTable';

const WORDS = NEUTRAL_STRINGS.liveClass.problems;

/** What a seats-mode room needs of the class room it is part of. */
export interface SeatRoomHost {
  readonly clients: Iterable<Client>;
  /** The student key a client holds; null for a teacher. */
  keyOf(client: Client): string | null;
  /** Whether a student has a client in the room: connected, or dropped and still within its reconnection window. */
  inRoom(studentKey: string): boolean;
  seat(client: Client, studentKey: string): void;
  refuse(client: Client, why: string): void;
  /** The teacher's view and the store follow. */
  changed(): void;
  later(ms: number, then: () => void): void;
  now(): number;
}

/**
 * Seats mode's side of a class room: who hears what at a table, and when the computer answers for a seat.
 * The mediator hears the game as a save's text (as a solo student does) and the table's status; a delegation's
 * student hears only their seat's view. The computer answers for a delegation whose student is not in the room
 * (never came, left, or did not come back within the reconnection window) when a text waits for it; a student
 * back at their seat answers the next text themselves. A table whose mediator left waits for them: no one else
 * may play the mediator's moves, and the teacher's view shows the mediator away.
 */
export class SeatRoom {
  /** Students seen since this room started: after a restart the others get the reconnection window to return. */
  private readonly seen = new Set<string>();
  private readonly graceUntil: number;

  constructor(
    private readonly session: ClassSession,
    private readonly desk: SeatDesk,
    private readonly host: SeatRoomHost,
    graceMs: number,
  ) {
    this.graceUntil = host.now() + graceMs;
    if ([...desk.tables.values()].some((t) => t.stored.seats.some((s, i) => s && i !== MEDIATOR_SEAT)))
      host.later(graceMs, () => this.fillAll());
  }

  /** The computer moves only while students may: not while the class is paused, nor after the end. */
  private mayMove = (): boolean => !this.session.stored.paused && !this.session.stored.ended;

  private present = (studentKey: string): boolean =>
    this.host.inRoom(studentKey) || (!this.seen.has(studentKey) && this.host.now() < this.graceUntil);

  join(client: Client, options: { name: string; studentToken?: string | undefined }): void {
    const joined = this.desk.join(options.name, options.studentToken);
    if (!joined.ok) throw new ServerError(409, joined.reason === 'ended' ? WORDS.ended : WORDS.full);
    this.seen.add(joined.key);
    this.host.seat(client, joined.key);
    this.session.connected.add(joined.key);
    if (joined.token) client.send(TO_CLIENT.studentToken, { token: joined.token });
    client.send(TO_CLIENT.session, this.session.state());
    this.deliver(joined.table, client);
    this.host.changed();
  }

  /** A dropped client back within the window. */
  back(client: Client, studentKey: string): void {
    this.session.connected.add(studentKey);
    const at = this.desk.seatOf(studentKey);
    if (at) this.deliver(at.table, client);
    this.host.changed();
  }

  /** A student's connection changed: the table hears it. */
  away(studentKey: string): void {
    const at = this.desk.seatOf(studentKey);
    if (at) this.deliver(at.table, null);
  }

  /** A student's last client left the room: the computer answers for their seat from now on. */
  left(studentKey: string): void {
    const at = this.desk.seatOf(studentKey);
    if (!at || this.present(studentKey) || !this.mayMove()) return;
    const filled = at.table.fill(this.present, this.host.now());
    this.deliver(at.table, filled ? 'mediator' : null);
    this.host.changed();
  }

  play(client: Client, studentKey: string, message: unknown): void {
    const parsed = seatGameEventSchema.safeParse((message as { event?: unknown } | null)?.event);
    if (!parsed.success) {
      this.host.refuse(client, `a seat's event that does not parse: ${parsed.error.issues[0]?.message}`);
      return;
    }
    const at = this.desk.seatOf(studentKey);
    if (!at) {
      this.host.refuse(client, "a seat's event from a student with no seat");
      return;
    }
    const { table, seat } = at;
    const applied = this.desk.play(studentKey, parsed.data);
    if (applied === 'refused') {
      if (seat === MEDIATOR_SEAT)
        client.send(TO_CLIENT.refused, { reason: WORDS.refused, save: table.game.saveText(this.host.now()) });
      else {
        client.send(TO_CLIENT.refused, { reason: WORDS.refusedSeat, save: null });
        client.send(TO_CLIENT.seat, table.seatView(seat, this.connected));
      }
      this.host.changed();
      return;
    }
    if (applied === 'unchanged') return;
    if (applied === 'moved') {
      const filled = table.fill(this.present, this.host.now());
      // The mediator's page hears the game when someone else moved in it: a delegation, or the computer for one.
      this.deliver(table, seat !== MEDIATOR_SEAT || filled ? 'mediator' : null);
    }
    this.host.changed();
  }

  /** The teacher's news: a mediator hears it with the game as it now stands, a delegation with its seat. */
  inject(news: { title: string; text: string } | null): void {
    const now = this.host.now();
    for (const client of this.host.clients) {
      const key = this.host.keyOf(client);
      const at = key ? this.desk.seatOf(key) : null;
      if (!at) continue;
      if (at.seat === MEDIATOR_SEAT)
        client.send(TO_CLIENT.inject, { ...news, save: at.table.game.saveText(now) });
      else {
        client.send(TO_CLIENT.inject, { ...news });
        client.send(TO_CLIENT.seat, at.table.seatView(at.seat, this.connected));
      }
    }
  }

  /** The class resumed: the computer answers where it could not while paused. */
  resumed(): void {
    this.fillAll();
  }

  /** After a restart's window: the computer answers for every seat whose student did not come back. */
  private fillAll(): void {
    if (!this.mayMove()) return;
    for (const table of this.desk.tables.values())
      if (table.fill(this.present, this.host.now())) this.deliver(table, 'mediator');
    this.host.changed();
  }

  private connected = (studentKey: string) => this.session.connected.has(studentKey);

  /**
   * Everyone at the table hears its status (a delegation, its seat's view); the game's save goes to the
   * mediator when `game` says so: 'mediator' for the table's mediator, or one client (one joining or back).
   */
  private deliver(table: SeatTable, game: 'mediator' | Client | null): void {
    const now = this.host.now();
    for (const client of this.host.clients) {
      const key = this.host.keyOf(client);
      const seat = key ? table.seatOf(key) : -1;
      if (seat < 0) continue;
      if (seat !== MEDIATOR_SEAT) {
        client.send(TO_CLIENT.seat, table.seatView(seat, this.connected));
        continue;
      }
      if (game === 'mediator' || game === client)
        client.send(TO_CLIENT.game, { save: table.game.saveText(now) });
      client.send(TO_CLIENT.table, table.status(this.connected));
    }
  }
}
