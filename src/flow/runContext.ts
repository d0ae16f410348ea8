import type { GameState } from '../engine/game';
import type { Package } from '../engine/model';
import type { Move } from '../engine/move';
import type { GivenAnswer, Report, TableRequest } from '../engine/moves';
import type { LoadNotes } from '../scenario/loader';
import type { Scenario } from '../scenario/schema';
import type { GameLength } from './gameLength';

/** Who plays a delegation's seat: the computer, or a person whose replies arrive as moves. */
export type SeatMode = 'computer' | 'person';

/** One scenario the player can start: its text already checked by the loader. */
export interface ScenarioEntry {
  readonly id: string;
  readonly scenario: Scenario;
  /** Opened from the player's disk this visit, rather than shipped with the game. */
  readonly fromFile?: string;
  /** The file in scenarios/ a shipped scenario was read from (the dev server reloads it when it changes). */
  readonly file?: string;
  /** What the loader said beside accepting it: warnings and notes for the author, with their counts. */
  readonly report?: LoadNotes;
}

/** What one accepted move produced (`move` is null for the news that opens the first day). */
export interface JournalEntry {
  readonly day: number;
  readonly move: Move | null;
  readonly reports: readonly Report[];
}

/** The mediator's working draft: one option per issue, and whom it is addressed to (indexes). */
export interface Draft {
  readonly text: Package;
  readonly parties: readonly number[];
}

/** Who plays, for the result file: the name they gave ("" for none) and the class code they joined with. */
export interface Player {
  readonly name: string;
  readonly classCode: string | null;
}

/** How a game is set up beyond its scenario and seed: its length, and the player's name and class. */
export interface GameSetup {
  readonly length: GameLength;
  readonly player: Player;
  /** Answers already written (a resumed save). */
  readonly reflection?: Reflection;
}

export const FREE_PLAY: GameSetup = { length: 'full', player: { name: '', classCode: null } };

/** Everything about one play of a scenario. Plain data: it is saved, restored and replayed. */
export interface RunContext {
  readonly scenarioId: string;
  /** The scenario as this game plays it (a short game's ends sooner: flow/gameLength.ts). */
  readonly scenario: Scenario;
  readonly length: GameLength;
  readonly player: Player;
  readonly seed: number;
  readonly startedAt: number;
  readonly seats: readonly SeatMode[];
  readonly game: GameState;
  /** The player's accepted moves, in order: with the scenario and seed they rebuild the game exactly. */
  readonly log: readonly Move[];
  /** What each of those moves produced, for the meeting room and the debrief. */
  readonly journal: readonly JournalEntry[];
  /** A tabled text waiting for its answers. */
  readonly pending: { readonly request: TableRequest; readonly answers: readonly GivenAnswer[] } | null;
  readonly draft: Draft;
  /** The student's answers to the scenario's reflection questions, one per question ("" before they write). */
  readonly reflection: Reflection;
}

export interface Reflection {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export type ReflectionPhase = keyof Reflection;

/** A student's answer to one reflection question: a paragraph or two. */
export const MOST_ANSWER_CHARS = 2000;
