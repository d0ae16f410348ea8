import { MOVE_TYPES, type Move } from '../engine/move';
import type { GivenAnswer } from '../engine/moves';
import type { Failure } from './failure';
import type { GameLength } from './gameLength';
import type { HotSeatEvent } from './hotSeat/hotSeatEvents';
import type { LiveEvent } from './live/liveEvents';
import type { CheckedFile } from './openScenarioFile';
import type { FileProblem } from './rootContext';
import type { Player, ReflectionPhase, RunContext, ScenarioEntry, SeatMode } from './runContext';
import type { Screen } from './screen';
import type { TeacherEvent } from './teacher/teacherEvents';

/** A player's move as a flow event: `move.<type>` with the move's fields, derived from engine/move.ts. */
export type MoveEvent = Move extends infer M
  ? M extends { type: infer T extends string }
    ? Omit<M, 'type'> & { type: `move.${T}` }
    : never
  : never;

/** Drafting the negotiating text: not a move (nothing is said to anyone), but saved with the game. */
export type DraftEvent =
  | { type: 'draft.choose'; issue: string; option: string }
  | { type: 'draft.address'; party: string; included: boolean };

/** Going from screen to screen within a run: saved as where the player was, never logged as a move. */
export type NavigationEvent =
  | { type: 'nav.meet' }
  | { type: 'nav.nextDay' }
  | { type: 'nav.back' }
  | { type: 'conference.done' }
  | { type: 'outcome.debrief' };

export type AppEvent =
  | { type: 'boot.loaded' }
  | { type: 'app.failed'; failure: Failure }
  /** Starts a scenario; `seats` says which delegations a person plays (the computer plays the rest). */
  | {
      type: 'title.start';
      scenarioId?: string;
      seats?: readonly SeatMode[];
      length?: GameLength;
      player?: Player;
    }
  /** A student joins a class: the code a teacher gave (flow/classCode.ts) and the name they give, if any. */
  | { type: 'title.joinClass'; code: string; name: string; seats?: readonly SeatMode[] }
  /** Puts a run rebuilt from a save (see flow/rebuild.ts) back on the screen the player left. */
  | { type: 'game.resume'; run: RunContext; screen: Screen }
  | { type: 'title.select'; scenarioId: string }
  /** A scenario file opened by the player: its bytes (decoded by scenario/decode.ts), or text already decoded. */
  /** A scenario file the player opened, already checked (flow/fileOpened.ts). */
  | { type: 'title.openFile'; fileName: string; checked: CheckedFile }
  /** The file opened last could not be read again (the browser no longer allows it): it must be chosen again. */
  | { type: 'title.reopenFailed'; fileName: string }
  | { type: 'title.dismissProblems' }
  /**
   * The shipped scenarios as they now read (the dev server saw files in scenarios/ change): `changed` names the
   * files added, edited or deleted. A run on a changed file restarts on the new text, or keeps the last good one.
   */
  | {
      type: 'catalog.updated';
      entries: readonly ScenarioEntry[];
      problems: readonly FileProblem[];
      changed: readonly string[];
    }
  | { type: 'catalog.dismissNote' }
  | { type: 'briefing.begin' }
  /** The student writes an answer to one of the scenario's reflection questions (kept as they type). */
  | { type: 'reflection.answer'; phase: ReflectionPhase; index: number; text: string }
  | { type: 'settings.sound.toggle' }
  | { type: 'settings.volume.set'; value: number }
  | { type: 'debrief.restart' }
  | { type: 'save.startOver' }
  | { type: 'save.keepFile' }
  | { type: 'save.usePrevious' };

/** Sent by a delegation's seat actor when it has answered. */
export type SeatEvent = { type: 'seat.answered'; given: GivenAnswer };

export type RootEvent =
  | MoveEvent
  | DraftEvent
  | NavigationEvent
  | AppEvent
  | SeatEvent
  | TeacherEvent
  | HotSeatEvent
  | LiveEvent;

const MOVE_EVENT_TYPES: ReadonlySet<string> = new Set(MOVE_TYPES.map((type) => `move.${type}`));

export function isMoveEvent(event: { type: string }): event is MoveEvent {
  return MOVE_EVENT_TYPES.has(event.type);
}

export function moveOf(event: MoveEvent): Move {
  return { ...event, type: event.type.slice('move.'.length) } as Move;
}

export function eventOf(move: Move): MoveEvent {
  return { ...move, type: `move.${move.type}` } as MoveEvent;
}
