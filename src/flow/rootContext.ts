import type { Diagnostic } from '../scenario/diagnostic';
import type { LoadNotes } from '../scenario/loader';
import type { CodeProblem } from './classCode';
import type { Failure } from './failure';
import type { SeatChoice } from './hotSeat/seatChoice';
import type { LiveState } from './live/liveState';
import type { RunContext, ScenarioEntry } from './runContext';
import type { Screen } from './screen';
import type { TeacherDesk } from './teacher/teacherDesk';

/**
 * A scenario file's messages, to show in the page: errors when it did not load, or the warnings of one that did
 * (an author needs those too).
 */
export interface FileProblem {
  readonly file: string;
  readonly errors: readonly Diagnostic[];
  /**
   * The loader's warnings and notes, and how many problems of each kind the file has in all (`errors` lists at
   * most MAX_LISTED: `report.counts.errors` is the total to show).
   */
  readonly report?: LoadNotes;
  /** A file shipped with the game (shown on the title screen), rather than one the player opened. */
  readonly shipped?: boolean;
}

/**
 * What the last change to a scenario file did, said in the page: the game restarted on the new text
 * (`reloaded`), the file now has problems and the last good version stays playable (`broken`), the file is gone
 * (`removed`), or a file opened from disk could not be read again (`unreadable`: the player chooses it again).
 */
export interface LiveNote {
  readonly kind: 'reloaded' | 'broken' | 'removed' | 'unreadable';
  /** As the author knows it: `scenarios/x.yaml` for a shipped file, the file's name for one opened from disk. */
  readonly file: string;
  readonly errors: readonly Diagnostic[];
}

/** A save that cannot be used, and the one before it when that one still rebuilds. */
export interface SaveProblem {
  readonly what: string;
  readonly detail: string;
  readonly previous?: { readonly run: RunContext; readonly screen: Screen; readonly savedAt: number };
}

export interface RootContext {
  soundOn: boolean;
  /** Sound volume, 0 to 1. */
  volume: number;
  failure: Failure | null;
  scenarios: readonly ScenarioEntry[];
  selectedScenarioId: string | null;
  /** Scenario files that did not load (shipped ones at start-up, or one the player just opened). */
  fileProblems: readonly FileProblem[];
  /** The seed and start time for the next new game: they enter from outside, so tests control them. */
  nextSeed: number;
  clockStart: number;
  run: RunContext | null;
  /** Where a rebuilt run resumes, while it is being put back. */
  resumeTo: Screen | null;
  saveProblem: SaveProblem | null;
  /** What the last change to a scenario file did (see LiveNote), until the player dismisses it. */
  liveNote: LiveNote | null;
  /** The teacher's page: kept from its first opening, for the way back from the title. */
  teacher: TeacherDesk | null;
  /** Why the class code the student typed last opens no game, with what they typed (to correct it). */
  joinProblem: { readonly problem: CodeProblem; readonly code: string; readonly name: string } | null;
  /** The live class session this page plays in (src/flow/live/), or null offline. */
  liveClass: LiveState | null;
  /** The name of the last file opened from disk: the title offers to read it again ("Reopen"). */
  reopenable: string | null;
  /** The seats students take in the next game, chosen on the title (hot-seat play). */
  seatChoice: SeatChoice | null;
}

export interface RootInput {
  soundOn: boolean;
  volume?: number;
  scenarios?: readonly ScenarioEntry[];
  fileProblems?: readonly FileProblem[];
  seed?: number;
  now?: number;
  /** A save that could not be used: the player chooses what to do with it. */
  saveProblem?: SaveProblem | null;
  /** A run rebuilt from the save, shown on its screen once loading ends. */
  resume?: { readonly run: RunContext; readonly screen: Screen } | null;
}
