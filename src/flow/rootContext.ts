import type { Diagnostic } from '../scenario/diagnostic';
import type { LoadNotes } from '../scenario/loader';
import type { Failure } from './failure';
import type { RunContext, ScenarioEntry } from './runContext';
import type { Screen } from './screen';

/** A scenario file that did not load: the validator's messages, to show in the page. */
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
  loadProgress: number;
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
