import type { Move } from '../../engine/move';
import type { ResultFile } from '../resultFile';
import type { JournalEntry, RunContext, ScenarioEntry } from '../runContext';
import { replayResult } from './classResults';

/**
 * A student's game, move by move, for the teacher: step 0 is the opening morning, each later step one move of
 * the student's, as the game answered it. Each step is the run rebuilt from the seed and the moves up to it,
 * so the answers, readings and the leaders' words are the ones the student saw.
 */
export interface ReplayFrame {
  readonly step: number;
  /** The last step: the move that ended the game. */
  readonly last: number;
  /** The game as it stood just after this step's move. */
  readonly run: RunContext;
  /** What this step's move produced (null move: the opening morning). */
  readonly entry: JournalEntry;
  /** Every step's entry, for a list of the whole game. */
  readonly entries: readonly JournalEntry[];
}

/** The moves up to the `count`-th of the mediator's, with the replies of people's seats that follow it. */
export function movesThrough(log: readonly Move[], count: number): Move[] {
  let taken = 0;
  let end = 0;
  for (; end < log.length; end++) {
    // A reply belongs to the text tabled before it.
    if (log[end]!.type === 'reply') continue;
    if (taken === count) break;
    taken++;
  }
  return log.slice(0, end);
}

const wholeGames = new WeakMap<ResultFile, RunContext | null>();
const frames = new WeakMap<ResultFile, Map<number, ReplayFrame>>();

function wholeGame(result: ResultFile, entry: ScenarioEntry): RunContext | null {
  let run = wholeGames.get(result);
  if (run === undefined) {
    const replayed = replayResult(result, entry);
    run = replayed.ok ? replayed.run : null;
    wholeGames.set(result, run);
  }
  return run;
}

/** The game at one step (clamped to the game's steps), or null for a file whose moves do not replay. */
export function replayFrame(result: ResultFile, entry: ScenarioEntry, step: number): ReplayFrame | null {
  const whole = wholeGame(result, entry);
  if (!whole) return null;
  const last = whole.journal.length - 1;
  const at = Math.max(0, Math.min(last, Math.trunc(step) || 0));
  let cache = frames.get(result);
  if (!cache) {
    cache = new Map();
    frames.set(result, cache);
  }
  const cached = cache.get(at);
  if (cached) return cached;
  // The opening morning is an entry with no move: the moves start after it.
  const opening = whole.journal[0]?.move === null ? 1 : 0;
  const replayed =
    at === last
      ? { ok: true as const, run: whole }
      : replayResult(result, entry, movesThrough(result.moves, at + 1 - opening));
  if (!replayed.ok) return null;
  const frame: ReplayFrame = {
    step: at,
    last,
    run: replayed.run,
    entry: whole.journal[at]!,
    entries: whole.journal,
  };
  // Stepping back and forth revisits a few steps: keep those, not every step of every game opened.
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(at, frame);
  return frame;
}
