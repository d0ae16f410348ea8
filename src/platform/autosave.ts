import { awaitsPerson } from '../flow/hotSeat/personQuestion';
import type { RunContext } from '../flow/runContext';
import type { Screen } from '../flow/screen';
import { makeSave } from './save';
import { type Store, writeSave } from './saveStore';

export interface AutosaveOptions {
  readonly storage: () => Store | undefined;
  readonly now: () => number;
  /** Whether this tab may write the save now (it owns the game). */
  readonly mayWrite?: () => boolean;
  /** Called once when the browser stops taking the save (storage full or turned off); play goes on. */
  readonly onFailure: () => void;
  /** Called when a save is written again after a failure. */
  readonly onRecovered?: () => void;
}

export interface Autosave {
  /** Sees every state the game passes through, and saves when there is something new and settled. */
  observe(run: RunContext | null, screen: Screen | null, fromFile: boolean): void;
  /** The save as it would be written now, to download when storage fails. */
  current(): string | null;
}

/**
 * The autosave policy: write after a move is fully applied (never while the computer's seats are answering a
 * tabled text, but while a student's answer is awaited), and after a draft change, a reflection answer or a
 * change of screen, so a reload finds everything as it was.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  let failed = false;
  let last: { run: RunContext; screen: Screen } | null = null;
  let latest: string | null = null;
  return {
    observe(run, screen, fromFile) {
      // While the computer's seats answer, the game is between states; a student's answer may take minutes.
      if (!run || !screen || (run.pending && !awaitsPerson(run))) return;
      if (!(options.mayWrite?.() ?? true)) return;
      if (last && last.run === run && last.screen === screen) return;
      const changed =
        !last ||
        last.screen !== screen ||
        last.run.log !== run.log ||
        last.run.draft !== run.draft ||
        last.run.reflection !== run.reflection ||
        last.run.game !== run.game;
      if (!changed) return;
      last = { run, screen };
      const save = makeSave(run, screen, options.now(), fromFile);
      latest = JSON.stringify(save);
      if (writeSave(options.storage(), save)) {
        if (failed) options.onRecovered?.();
        failed = false;
      } else if (!failed) {
        failed = true;
        options.onFailure();
      }
    },
    current: () => latest,
  };
}
