import type { Answer } from '../engine/answer';
import type { GivenAnswer } from '../engine/moves';
import type { Failure } from './failure';
import type { SeatMode } from './seatActor';

/** What the mediator (the player) does during the run-up: these events are logged, saved and replayed. */
export type PlayerEvent =
  | { type: 'mediator.consult'; party: number }
  | { type: 'mediator.table'; parties: readonly number[]; text: readonly number[] }
  | { type: 'mediator.press'; party: number }
  | { type: 'mediator.reassure'; party: number }
  | { type: 'mediator.statement' }
  /** The mediator's working draft: one option per issue, and whom to table it to. */
  | { type: 'draft.choose'; issue: number; option: number }
  | { type: 'draft.address'; party: number; included: boolean }
  | { type: 'day.meet' }
  | { type: 'day.end' }
  | { type: 'day.next' }
  | { type: 'conference.call' }
  /** A person at a delegation's seat answers the tabled text. */
  | { type: 'seat.reply'; party: number; answer: Answer };

export type AppEvent =
  | { type: 'boot.progress'; value: number }
  | { type: 'boot.loaded' }
  | { type: 'app.failed'; failure: Failure }
  /**
   * Starts a scenario. `seed` is given only when resuming a saved run (otherwise the machine's input seed);
   * `seats` says which delegations a person plays (the computer plays the rest).
   */
  | { type: 'title.start'; scenarioId?: string; seed?: number; seats?: readonly SeatMode[] }
  | { type: 'title.select'; scenarioId: string }
  /** A scenario file the player opened from disk (file picker or drag and drop). */
  | { type: 'title.openFile'; fileName: string; text: string }
  | { type: 'title.dismissProblems' }
  | { type: 'briefing.begin' }
  | { type: 'settings.sound.toggle' }
  | { type: 'settings.volume.set'; value: number }
  | { type: 'nav.back' }
  | { type: 'conference.done' }
  | { type: 'outcome.debrief' }
  | { type: 'debrief.restart' }
  | { type: 'save.startOver' }
  | { type: 'save.keepFile' };

/** Sent by a delegation's seat actor when it has answered. */
export type SeatEvent = { type: 'seat.answered'; given: GivenAnswer };

export type RootEvent = PlayerEvent | AppEvent | SeatEvent;

const PLAYER_EVENT_TYPES: ReadonlySet<string> = new Set<PlayerEvent['type']>([
  'mediator.consult',
  'mediator.table',
  'mediator.press',
  'mediator.reassure',
  'mediator.statement',
  'draft.choose',
  'draft.address',
  'day.meet',
  'day.end',
  'day.next',
  'conference.call',
  'seat.reply',
]);

export function isPlayerEvent(event: { type: string }): event is PlayerEvent {
  return PLAYER_EVENT_TYPES.has(event.type);
}
