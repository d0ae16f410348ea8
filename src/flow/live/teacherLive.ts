import type { GameLength } from '../gameLength';
import type { ResultFile } from '../resultFile';
import type { ClassView, SessionMode, TeacherMessage } from './protocol';

/** The teacher's live session as their page shows it: set up, opening, open (the class as the server sees it). */
export interface TeacherLiveState {
  readonly phase: 'setup' | 'opening' | 'open';
  /** The class server's address, as the page found it or the teacher typed it. */
  readonly url: string;
  readonly problem: string | null;
  readonly code: string | null;
  readonly view: ClassView | null;
  readonly connected: boolean;
  /** The results the server sent last (on "end", or when asked). */
  readonly results: readonly ResultFile[] | null;
}

/** What the teacher's live tab may ask of the page: the page owns the connection, the tab only shows it. */
export interface TeacherLivePort {
  state(): TeacherLiveState;
  /** Called with every change of state; returns the way to stop listening. */
  subscribe(listener: () => void): () => void;
  open(setup: {
    readonly url: string;
    readonly serverKey: string;
    readonly scenarioId: string;
    readonly length: GameLength;
    readonly mode: SessionMode;
  }): void;
  command(message: TeacherMessage): void;
  /** Leaves a session that has ended, for a new one. */
  forget(): void;
}
