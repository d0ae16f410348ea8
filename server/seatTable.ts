import type { GameLength } from '../src/flow/gameLength';
import { computerReply } from '../src/flow/hotSeat/computerReply';
import { personQuestionFor, waitingSeats } from '../src/flow/hotSeat/personQuestion';
import {
  outcomeWord,
  type SeatGameEventMessage,
  type SeatTableStatus,
  type SeatView,
} from '../src/flow/live/protocol';
import type { ScenarioEntry } from '../src/flow/runContext';
import { statusOf } from '../src/flow/selectors';
import { NEUTRAL_STRINGS } from '../src/flow/strings';
import type { StoredTable } from './sessionStore';
import { type Applied, StudentGame } from './studentGame';

/** Seat 0 is the mediator's; seat 1 + p is party p's. */
export const MEDIATOR_SEAT = 0;

/**
 * One seats-mode table: one game on the server, every delegation's seat a person's. The mediator plays it as a
 * solo student plays theirs; each delegation's student only answers for their own party; the computer answers
 * for a seat no student is at.
 */
export class SeatTable {
  private constructor(
    readonly stored: StoredTable,
    readonly game: StudentGame,
    readonly number: number,
  ) {}

  static start(
    setup: {
      key: string;
      number: number;
      entry: ScenarioEntry;
      seed: number;
      length: GameLength;
      code: string;
    },
    mediator: { key: string; tokenHash: string; name: string },
    now: number,
  ): SeatTable {
    const { entry } = setup;
    const game = StudentGame.start(entry, setup.seed, now, setup.length, mediator.name, setup.code, true);
    const stored: StoredTable = {
      key: setup.key,
      save: game.saveText(now),
      lastMoveAt: now,
      seats: [mediator, ...entry.scenario.parties.map(() => null)],
    };
    return new SeatTable(stored, game, setup.number);
  }

  static restore(stored: StoredTable, number: number, catalog: readonly ScenarioEntry[]): SeatTable | string {
    const game = StudentGame.restore(stored.save, catalog);
    return typeof game === 'string' ? game : new SeatTable(stored, game, number);
  }

  get name(): string {
    return NEUTRAL_STRINGS.liveClass.table(this.number);
  }

  /** The first seat no student has taken, or -1 when the table is full. */
  openSeat(): number {
    return this.stored.seats.indexOf(null);
  }

  seatOf(studentKey: string): number {
    return this.stored.seats.findIndex((s) => s?.key === studentKey);
  }

  /** The party id at a delegation's seat. */
  partyAt(seat: number): string {
    return this.game.run().scenario.parties[seat - 1]!.id;
  }

  /** An event from the student at a seat: the mediator's game events, a delegation's reply for its own party. */
  play(seat: number, event: SeatGameEventMessage, now: number): Applied {
    const allowed =
      seat === MEDIATOR_SEAT
        ? event.type !== 'move.reply'
        : event.type === 'move.reply' && event.party === this.partyAt(seat);
    if (!allowed) return 'refused';
    const applied = this.game.apply(event);
    this.keep(applied, now);
    return applied;
  }

  /** The computer answers the tabled text for every waiting seat whose student is not here; whether it did. */
  fill(present: (studentKey: string) => boolean, now: number): boolean {
    let answered = false;
    for (const party of waitingSeats(this.game.run())) {
      const holder = this.stored.seats[party + 1];
      if (holder && present(holder.key)) continue;
      const reply = computerReply(this.game.run(), party);
      if (reply && this.game.apply({ ...reply, type: 'move.reply' }) === 'moved') answered = true;
    }
    this.keep(answered ? 'moved' : 'unchanged', now);
    return answered;
  }

  /** What everyone at the table may know: no names, no party's priorities. */
  status(connected: (studentKey: string) => boolean): SeatTableStatus {
    const run = this.game.run();
    const status = statusOf(run);
    const parties = run.scenario.parties;
    const met = run.game.outcome;
    return {
      table: this.stored.key,
      name: this.name,
      day: run.game.day,
      date: status.date.short,
      text: status.text.map((t) => t.option),
      textIsStatusQuo: status.textIsStatusQuo,
      waitingFor: waitingSeats(run).map((p) => parties[p]!.id),
      seats: this.stored.seats.map((holder, seat) => ({
        seat: seat === MEDIATOR_SEAT ? 'mediator' : parties[seat - 1]!.id,
        held: holder ? 'student' : 'computer',
        connected: holder ? connected(holder.key) : false,
      })),
      outcome: outcomeWord(met?.attends),
    };
  }

  /** A delegation's student's view: the table's status and, when a text waits for them, their own question. */
  seatView(seat: number, connected: (studentKey: string) => boolean): SeatView {
    const run = this.game.run();
    const party = seat - 1;
    const question = personQuestionFor(run, party);
    return {
      party: run.scenario.parties[party]!.id,
      name: run.scenario.parties[party]!.name,
      table: this.status(connected),
      waiting: question !== null,
      question,
    };
  }

  private keep(applied: Applied, now: number): void {
    if (applied === 'moved') this.stored.lastMoveAt = now;
    if (applied === 'moved' || applied === 'changed') this.stored.save = this.game.saveText(now);
  }
}
