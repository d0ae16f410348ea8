import { createHash, randomBytes } from 'node:crypto';
import { makeClassCode } from '../src/flow/classCode';
import type { GameLength } from '../src/flow/gameLength';
import {
  type ClassView,
  cleanStudentName,
  type GameEventMessage,
  type SessionMode,
  type SessionState,
  type TeacherMessage,
} from '../src/flow/live/protocol';
import type { ResultFile } from '../src/flow/resultFile';
import { resultOf } from '../src/flow/resultOf';
import type { ScenarioEntry } from '../src/flow/runContext';
import { shortNameOf } from '../src/flow/selectors';
import { NEUTRAL_STRINGS } from '../src/flow/strings';
import { SeatDesk } from './seatDesk';
import type { StoredSession } from './sessionStore';
import { type Applied, StudentGame } from './studentGame';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(18).toString('base64url');

/** The most students one session takes: a large class, with room for a second device each. */
export const MOST_STUDENTS = 80;

export interface SessionDeps {
  readonly catalog: readonly ScenarioEntry[];
  readonly now: () => number;
  /** A line for the server's log: never a token, a key or a student's words. */
  readonly log: (line: string) => void;
}

export type StudentJoin =
  | { ok: true; key: string; token: string | null; game: StudentGame }
  | { ok: false; reason: string };

/** One live class: its students' games, the teacher's controls, and what is kept of it. */
export class ClassSession {
  readonly games = new Map<string, StudentGame>();
  readonly connected = new Set<string>();
  private readonly refusals = new Map<string, number>();
  /** The students whose games took the teacher's last inject. */
  readonly injected = new Set<string>();
  /** Seats mode's tables (server/seatDesk.ts); null in solo mode. */
  readonly desk: SeatDesk | null;

  /** The offline class code of the session's game: the same game, its results checked by the class view. */
  readonly classCode: string;

  private constructor(
    private readonly deps: SessionDeps,
    readonly entry: ScenarioEntry,
    readonly stored: StoredSession,
  ) {
    // Made once: the code hashes the whole scenario, and the session's state goes out after every move.
    const classCode = makeClassCode(entry, stored.seed, stored.length).code;
    this.classCode = classCode;
    this.desk =
      stored.mode === 'seats'
        ? new SeatDesk(
            { ...deps, newToken, tokenHash, mostStudents: MOST_STUDENTS, classCode },
            entry,
            stored,
          )
        : null;
  }

  static create(
    deps: SessionDeps,
    setup: { code: string; scenarioId: string; length: GameLength; seed: number; mode?: SessionMode },
  ): { session: ClassSession; teacherToken: string } | string {
    const entry = deps.catalog.find((e) => e.id === setup.scenarioId);
    if (!entry) return `this server has no scenario "${setup.scenarioId}"`;
    // Every game of the session is the game of one offline class code: its results read in the class view.
    const game = makeClassCode(entry, setup.seed, setup.length);
    const teacherToken = newToken();
    const stored: StoredSession = {
      ...setup,
      seed: game.seed,
      length: game.length,
      mode: setup.mode ?? 'solo',
      tables: [],
      startedAt: deps.now(),
      teacherTokenHash: tokenHash(teacherToken),
      paused: false,
      ended: false,
      namesShown: false,
      students: [],
    };
    return { session: new ClassSession(deps, entry, stored), teacherToken };
  }

  /** A session brought back from the store: every game rebuilt from its log. */
  static revive(deps: SessionDeps, stored: StoredSession): ClassSession | string {
    const entry = deps.catalog.find((e) => e.id === stored.scenarioId);
    if (!entry) return `session ${stored.code}: this server has no scenario "${stored.scenarioId}"`;
    const session = new ClassSession(deps, entry, structuredClone(stored));
    for (const student of session.stored.students) {
      const game = StudentGame.restore(student.save, deps.catalog);
      if (typeof game === 'string') deps.log(`session ${stored.code}: ${student.key}'s game: ${game}`);
      else session.games.set(student.key, game);
    }
    return session;
  }

  isTeacher(token: string): boolean {
    return tokenHash(token) === this.stored.teacherTokenHash;
  }

  /** A student arriving: back to their own game with their token, else a new game (and a new token). */
  joinStudent(name: string, token?: string): StudentJoin {
    if (token) {
      const hash = tokenHash(token);
      const known = this.stored.students.find((s) => s.tokenHash === hash);
      const game = known && this.games.get(known.key);
      if (known && game) return { ok: true, key: known.key, token: null, game };
    }
    if (this.stored.ended) return { ok: false, reason: 'ended' };
    if (this.stored.students.length >= MOST_STUDENTS) return { ok: false, reason: 'full' };
    const fresh = newToken();
    const key = `s${this.stored.students.length + 1}`;
    const cleanName = cleanStudentName(name);
    const game = StudentGame.start(
      this.entry,
      this.stored.seed,
      this.deps.now(),
      this.stored.length,
      cleanName,
      this.classCode,
    );
    this.games.set(key, game);
    this.stored.students.push({
      key,
      tokenHash: tokenHash(fresh),
      name: cleanName,
      save: game.saveText(this.deps.now()),
      lastMoveAt: this.deps.now(),
    });
    return { ok: true, key, token: fresh, game };
  }

  play(key: string, event: GameEventMessage): Applied {
    const game = this.games.get(key);
    const student = this.stored.students.find((s) => s.key === key);
    if (!game || !student) return 'refused';
    // While paused or ended no move is taken; an answer being written is kept.
    if ((this.stored.paused || this.stored.ended) && event.type !== 'reflection.answer') return 'refused';
    const applied = game.apply(event);
    if (applied === 'refused') this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
    if (applied === 'moved') {
      this.refusals.delete(key);
      student.lastMoveAt = this.deps.now();
    }
    if (applied === 'moved' || applied === 'changed') student.save = game.saveText(this.deps.now());
    return applied;
  }

  /** The teacher's command, or why it does nothing. */
  command(message: TeacherMessage): string | null {
    switch (message.type) {
      case 'pause':
        this.stored.paused = message.paused;
        return null;
      case 'showNames':
        this.stored.namesShown = message.shown;
        return null;
      case 'end':
        this.stored.ended = true;
        return null;
      case 'results':
        return null;
      case 'inject': {
        if (!this.entry.scenario.events.some((e) => e.id === message.eventId))
          return `the scenario has no event "${message.eventId}"`;
        this.injected.clear();
        for (const student of this.stored.students) {
          const game = this.games.get(student.key);
          if (game?.inject(message.eventId)) {
            student.save = game.saveText(this.deps.now());
            this.injected.add(student.key);
          }
        }
        this.desk?.inject(message.eventId);
        return null;
      }
    }
  }

  injectOf(eventId: string): { title: string; text: string } | null {
    const event = this.entry.scenario.events.find((e) => e.id === eventId);
    return event ? { title: event.title, text: event.text } : null;
  }

  state(): SessionState {
    const { code, scenarioId, length, paused, ended, mode } = this.stored;
    return { code, classCode: this.classCode, scenarioId, length, paused, ended, mode };
  }

  view(): ClassView {
    const now = this.deps.now();
    const scenario = this.entry.scenario;
    return {
      session: this.state(),
      namesShown: this.stored.namesShown,
      parties: scenario.parties.map(shortNameOf),
      issues: scenario.issues.map((i) => i.name),
      injects: scenario.events.map((e) => ({ id: e.id, title: e.title })),
      students: this.stored.students.flatMap((s, i) => {
        const game = this.games.get(s.key);
        if (!game) return [];
        const name = this.stored.namesShown
          ? s.name || NEUTRAL_STRINGS.liveClass.unnamed(i + 1)
          : NEUTRAL_STRINGS.liveClass.unnamed(i + 1);
        const idle = Math.max(0, Math.round((now - s.lastMoveAt) / 1000));
        return [game.row(s.key, name, this.connected.has(s.key), idle, this.refusals.get(s.key) ?? 0)];
      }),
      ...this.desk?.view(this.connected),
    };
  }

  /** Every finished game's result file: what the offline class view reads. */
  results(date: string): ResultFile[] {
    return this.stored.students
      .flatMap((s) => {
        const run = this.games.get(s.key)?.run();
        const result = run && resultOf(run, date);
        return result ? [result] : [];
      })
      .concat(this.desk?.results(date) ?? []);
  }

  dispose(): void {
    this.desk?.dispose();
    for (const game of this.games.values()) game.stop();
  }
}
