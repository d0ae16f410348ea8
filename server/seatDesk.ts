import {
  type ClassView,
  cleanStudentName,
  type SeatGameEventMessage,
  type TableRow,
} from '../src/flow/live/protocol';
import type { ResultFile } from '../src/flow/resultFile';
import { resultOf } from '../src/flow/resultOf';
import type { ScenarioEntry } from '../src/flow/runContext';
import { shortNameOf } from '../src/flow/selectors';
import { NEUTRAL_STRINGS } from '../src/flow/strings';
import { MEDIATOR_SEAT, SeatTable } from './seatTable';
import type { StoredSession } from './sessionStore';
import type { Applied } from './studentGame';

/** What the desk takes from its session (server/classSession.ts): the server's services and its token rules. */
export interface DeskDeps {
  readonly catalog: readonly ScenarioEntry[];
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly newToken: () => string;
  readonly tokenHash: (token: string) => string;
  readonly mostStudents: number;
  /** The offline class code of the session's game, as a solo student's game has (server/classSession.ts). */
  readonly classCode: string;
}

export type SeatJoin =
  | { ok: true; key: string; token: string | null; table: SeatTable; seat: number }
  | { ok: false; reason: 'ended' | 'full' };

/**
 * A seats-mode session's tables: students placed as they arrive (the first at a table mediates, the next take
 * the delegations in the scenario's order, a full table starts another), each one's token bringing them back to
 * their own seat. The store keeps every table's save and who holds its seats.
 */
export class SeatDesk {
  readonly tables = new Map<string, SeatTable>();
  private readonly refusals = new Map<string, number>();

  constructor(
    private readonly deps: DeskDeps,
    private readonly entry: ScenarioEntry,
    private readonly stored: StoredSession,
  ) {
    stored.tables.forEach((table, i) => {
      const restored = SeatTable.restore(table, i + 1, deps.catalog);
      if (typeof restored === 'string') deps.log(`session ${stored.code}: ${table.key}'s game: ${restored}`);
      else this.tables.set(table.key, restored);
    });
  }

  private get holders() {
    return this.stored.tables.flatMap((t) => t.seats.filter((s) => s !== null));
  }

  join(name: string, token?: string): SeatJoin {
    if (token) {
      const hash = this.deps.tokenHash(token);
      for (const table of this.tables.values()) {
        const seat = table.stored.seats.findIndex((s) => s?.tokenHash === hash);
        if (seat >= 0) return { ok: true, key: table.stored.seats[seat]!.key, token: null, table, seat };
      }
    }
    if (this.stored.ended) return { ok: false, reason: 'ended' };
    if (this.holders.length >= this.deps.mostStudents) return { ok: false, reason: 'full' };
    const fresh = this.deps.newToken();
    const holder = {
      key: `s${this.holders.length + 1}`,
      tokenHash: this.deps.tokenHash(fresh),
      name: cleanStudentName(name),
    };
    const last = [...this.tables.values()].at(-1);
    const seat = last?.openSeat() ?? -1;
    if (last && seat >= 0) {
      last.stored.seats[seat] = holder;
      return { ok: true, key: holder.key, token: fresh, table: last, seat };
    }
    const number = this.stored.tables.length + 1;
    const table = SeatTable.start(
      {
        key: `t${number}`,
        number,
        entry: this.entry,
        seed: this.stored.seed,
        length: this.stored.length,
        code: this.deps.classCode,
      },
      holder,
      this.deps.now(),
    );
    this.stored.tables.push(table.stored);
    this.tables.set(table.stored.key, table);
    return { ok: true, key: holder.key, token: fresh, table, seat: MEDIATOR_SEAT };
  }

  /** The table and seat a student holds. */
  seatOf(studentKey: string): { table: SeatTable; seat: number } | null {
    for (const table of this.tables.values()) {
      const seat = table.seatOf(studentKey);
      if (seat >= 0) return { table, seat };
    }
    return null;
  }

  play(studentKey: string, event: SeatGameEventMessage): Applied {
    const at = this.seatOf(studentKey);
    const still = (this.stored.paused || this.stored.ended) && event.type !== 'reflection.answer';
    if (!at || still) return 'refused';
    const applied = at.table.play(at.seat, event, this.deps.now());
    if (at.seat === MEDIATOR_SEAT && applied === 'refused')
      this.refusals.set(at.table.stored.key, (this.refusals.get(at.table.stored.key) ?? 0) + 1);
    if (at.seat === MEDIATOR_SEAT && applied === 'moved') this.refusals.delete(at.table.stored.key);
    return applied;
  }

  /** The teacher's news played into every table's game (refused by one waiting for answers, or over). */
  inject(eventId: string): void {
    for (const table of this.tables.values())
      if (table.game.inject(eventId)) table.stored.save = table.game.saveText(this.deps.now());
  }

  /** The teacher's view of the tables: a row per table (its mediator's connection), and who holds each seat. */
  view(connected: ReadonlySet<string>): Pick<ClassView, 'students' | 'mode' | 'tables'> {
    const now = this.deps.now();
    const parties = this.entry.scenario.parties;
    const names = new Map(this.holders.map((h, i) => [h.key, this.nameOf(h.name, i + 1)]));
    const students = [...this.tables.values()].map((table) => {
      const mediator = table.stored.seats[MEDIATOR_SEAT];
      const idle = Math.max(0, Math.round((now - table.stored.lastMoveAt) / 1000));
      return table.game.row(
        table.stored.key,
        table.name,
        mediator ? connected.has(mediator.key) : false,
        idle,
        this.refusals.get(table.stored.key) ?? 0,
      );
    });
    const tables = [...this.tables.values()].map(
      (table): TableRow => ({
        key: table.stored.key,
        name: table.name,
        seats: table.stored.seats.map((holder, seat) => ({
          seat:
            seat === MEDIATOR_SEAT ? NEUTRAL_STRINGS.liveClass.mediatorSeat : shortNameOf(parties[seat - 1]!),
          student: holder ? (names.get(holder.key) ?? null) : null,
          connected: holder ? connected.has(holder.key) : false,
        })),
      }),
    );
    return { students, mode: 'seats', tables };
  }

  private nameOf(name: string, n: number): string {
    return this.stored.namesShown
      ? name || NEUTRAL_STRINGS.liveClass.unnamed(n)
      : NEUTRAL_STRINGS.liveClass.unnamed(n);
  }

  /** Every finished table's result file. */
  results(date: string): ResultFile[] {
    return [...this.tables.values()].flatMap((table) => {
      const result = resultOf(table.game.run(), date);
      return result ? [result] : [];
    });
  }

  dispose(): void {
    for (const table of this.tables.values()) table.game.stop();
  }
}
