import { createActor } from 'xstate';
import { conference } from '../src/engine/moves';
import type { AppActor } from '../src/flow/appActor';
import type { GameLength } from '../src/flow/gameLength';
import {
  type GameEventMessage,
  outcomeWord,
  type ReplyEventMessage,
  type StudentRow,
} from '../src/flow/live/protocol';
import { rootMachine } from '../src/flow/rootMachine';
import { rulesOf } from '../src/flow/rulesOf';
import type { RunContext, ScenarioEntry } from '../src/flow/runContext';
import { screenOf } from '../src/flow/screen';
import { shortNameOf, statusOf } from '../src/flow/selectors';
import { restore } from '../src/platform/resume';
import { makeSave, parseSave } from '../src/platform/save';

/** What became of an event a student's page sent. */
export type Applied = 'moved' | 'changed' | 'unchanged' | 'refused';

/**
 * One student's game as the server holds it: the browser's own root machine, fed only events the schema let
 * through. The machine's guards are the rules: a move it does not take is refused.
 */
export class StudentGame {
  private constructor(private readonly actor: AppActor) {}

  static start(
    entry: ScenarioEntry,
    seed: number,
    startedAt: number,
    length: GameLength,
    name: string,
    code: string,
    /** Seats mode: every delegation's seat a person's, answered by the table's students or for them. */
    personSeats = false,
  ) {
    const actor = createActor(rootMachine, {
      input: { soundOn: false, scenarios: [entry], seed, now: startedAt },
    }).start();
    actor.send({ type: 'boot.loaded' });
    if (personSeats)
      for (const party of entry.scenario.parties)
        actor.send({ type: 'title.seat', party: party.id, mode: 'person' });
    actor.send({ type: 'title.start', scenarioId: entry.id, length, player: { name, classCode: code } });
    return new StudentGame(actor);
  }

  /** The game a save's text records, or why it cannot be rebuilt. */
  static restore(saveText: string, catalog: readonly ScenarioEntry[]): StudentGame | string {
    const read = parseSave(saveText);
    if (read.kind !== 'ok') return read.kind === 'problem' ? read.problem.detail : 'no game recorded';
    const restored = restore(read.save, catalog);
    if (!restored.ok) return restored.problem.detail;
    const actor = createActor(rootMachine, {
      input: {
        soundOn: false,
        scenarios: catalog,
        resume: { run: restored.restored.run, screen: restored.restored.screen },
      },
    }).start();
    actor.send({ type: 'boot.loaded' });
    return new StudentGame(actor).settled();
  }

  apply(event: GameEventMessage | ReplyEventMessage): Applied {
    const before = this.actor.getSnapshot();
    this.actor.send(event as never);
    this.settled();
    const after = this.actor.getSnapshot();
    if (event.type.startsWith('move.'))
      return after.context.run?.log.length !== before.context.run?.log.length ? 'moved' : 'refused';
    return after === before ? 'unchanged' : 'changed';
  }

  /** The teacher's inject: the scenario's event played into this game (refused once it is over or has had it). */
  inject(eventId: string): boolean {
    const before = this.run().log.length;
    this.actor.send({ type: 'move.inject', event: eventId });
    return this.run().log.length !== before;
  }

  /** No laptop passes between a live table's students: the hot seat's privacy screen after the answers goes by itself. */
  private settled(): this {
    if (this.actor.getSnapshot().matches({ run: { meetings: 'handBack' } }))
      this.actor.send({ type: 'hotSeat.back' });
    return this;
  }

  run(): RunContext {
    return this.actor.getSnapshot().context.run!;
  }

  /** The game as a save file's text: what the student's page rebuilds, and what the store keeps. */
  saveText(savedAt: number): string {
    const snapshot = this.actor.getSnapshot();
    return JSON.stringify(makeSave(this.run(), screenOf(snapshot) ?? 'briefing', savedAt, false));
  }

  /** The row of the teacher's live view (the teacher sees every game whole). */
  row(key: string, name: string, connected: boolean, idleSeconds: number, refusals: number): StudentRow {
    const run = this.run();
    const rules = rulesOf(run.scenario);
    const status = statusOf(run);
    const met = run.game.outcome;
    const attends = met ? met.attends : (conference(rules, run.game).state.outcome?.attends ?? []);
    const wouldCome = run.scenario.parties.filter((_, p) => attends[p]).map(shortNameOf);
    const finished = met !== null;
    return {
      key,
      name,
      connected,
      screen: screenOf(this.actor.getSnapshot()),
      day: run.game.day,
      date: status.date.short,
      moves: run.log.length,
      text: status.text.map((t) => t.option),
      textIsStatusQuo: status.textIsStatusQuo,
      wouldCome,
      outcome: outcomeWord(met?.attends),
      stuck: finished ? null : refusals >= 3 ? 'refused' : idleSeconds >= IDLE_SECONDS ? 'idle' : null,
      idleSeconds,
    };
  }

  stop(): void {
    this.actor.stop();
  }
}

/** A student with no move for this long, in a game still going, is flagged to the teacher. */
export const IDLE_SECONDS = 180;
