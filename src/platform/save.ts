import { z } from 'zod';
import type { PlayerEvent } from '../flow/events';
import type { RunContext, SaveProblem } from '../flow/rootMachine';

/** The save: the run's log (which replays it exactly) and the machine's persisted snapshot, versioned. */
export const SAVE_KEY = 'geneva-envoy.save.v1';
export const PREVIOUS_SAVE_KEY = 'geneva-envoy.save.v1.previous';
export const SAVE_VERSION = 1;

const playerEvent = z
  .looseObject({ type: z.string() })
  .refine(
    (e) =>
      [
        'mediator.consult',
        'mediator.table',
        'mediator.press',
        'mediator.reassure',
        'mediator.statement',
        'day.meet',
        'day.end',
        'day.next',
        'conference.call',
        'seat.reply',
      ].includes(e.type),
    { message: 'an unknown move' },
  );

const saveSchema = z.object({
  format: z.literal('geneva-envoy-save'),
  version: z.number(),
  savedAt: z.number(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  seed: z.number().int(),
  startedAt: z.number(),
  seats: z.array(z.enum(['computer', 'person'])),
  log: z.array(playerEvent),
  snapshot: z.unknown(),
});

export type SaveFile = z.infer<typeof saveSchema> & { log: PlayerEvent[] };

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: SaveFile }
  | { readonly kind: 'problem'; readonly problem: SaveProblem; readonly raw: string };

export function makeSave(run: RunContext, snapshot: unknown, savedAt: number): SaveFile {
  return {
    format: 'geneva-envoy-save',
    version: SAVE_VERSION,
    savedAt,
    scenarioId: run.scenarioId,
    scenarioTitle: run.scenario.meta.title,
    seed: run.seed,
    startedAt: run.startedAt,
    seats: [...run.seats],
    log: [...run.log],
    snapshot,
  };
}

/** Reads the save. Anything unreadable becomes a problem to show the player, never an exception. */
export function parseSave(raw: string): SaveRead {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return {
      kind: 'problem',
      raw,
      problem: {
        what: 'Your saved game is damaged and cannot be read.',
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return {
      kind: 'problem',
      raw,
      problem: {
        what: 'Your saved game was made by a newer version of the game.',
        detail: `save version ${version}; this game reads version ${SAVE_VERSION}`,
      },
    };
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success || parsed.data.version !== SAVE_VERSION) {
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    return {
      kind: 'problem',
      raw,
      problem: {
        what: 'Your saved game is not in a form this game understands.',
        detail: issue
          ? `${issue.path.join('.') || 'the file'}: ${issue.message}`
          : `save version ${String(version)}`,
      },
    };
  }
  return { kind: 'ok', save: parsed.data as SaveFile };
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readSave(storage: Store | undefined): SaveRead {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SAVE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  return raw === null ? { kind: 'none' } : parseSave(raw);
}

/** Writes the save, keeping the one before it. Returns false when the browser refuses (full or blocked). */
export function writeSave(storage: Store | undefined, save: SaveFile): boolean {
  try {
    const current = storage?.getItem(SAVE_KEY);
    if (current) storage?.setItem(PREVIOUS_SAVE_KEY, current);
    storage?.setItem(SAVE_KEY, JSON.stringify(save));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function clearSave(storage: Store | undefined): void {
  try {
    const current = storage?.getItem(SAVE_KEY);
    if (current) storage?.setItem(PREVIOUS_SAVE_KEY, current);
    storage?.removeItem(SAVE_KEY);
  } catch {
    // Nothing to clear, or storage is blocked: either way there is nothing more to do.
  }
}
