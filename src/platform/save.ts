import { NEUTRAL_STRINGS } from '../flow/strings';

/** A save is read before any scenario is chosen: its words are the neutral table's. */
const SAVE_WORDS = NEUTRAL_STRINGS.save;

import { z } from 'zod';
import { gameDigest } from '../engine/digest';
import { nameText } from '../engine/move';
import { moveSchema } from '../engine/moveSchema';
import { fullScenarioOf, GAME_LENGTHS } from '../flow/gameLength';
import type { SaveProblem } from '../flow/rootContext';
import { rulesOf } from '../flow/rulesOf';
import { MOST_ANSWER_CHARS, type RunContext } from '../flow/runContext';
import { RUN_SCREENS, type Screen } from '../flow/screen';
import { MOST_REFLECTION_QUESTIONS } from '../scenario/defaults';
import { migrateV1 } from './saveV1';

export { PREVIOUS_SAVE_KEY, SAVE_KEY } from './saveSlots';
export const SAVE_VERSION = 2;

const id = z.string().min(1).max(200);

/** A save: what rebuilds the game (scenario, seed, seats, moves), the draft and screen, and a check of the result. */
export const saveSchema = z.object({
  format: z.literal('geneva-envoy-save'),
  version: z.literal(SAVE_VERSION),
  savedAt: z.number(),
  scenarioId: id,
  scenarioTitle: z.string(),
  /** Only for a scenario opened from a file: the scenario itself, so the save resumes without the file. */
  scenario: z.unknown().optional(),
  seed: z.number().int(),
  startedAt: z.number(),
  seats: z.array(z.enum(['computer', 'person'])).max(64),
  log: z.array(moveSchema).max(100_000),
  /** Added after version 2 was first written: a save without them is a full game by nobody named. */
  length: z.enum(GAME_LENGTHS).optional(),
  player: z.object({ name: z.string().max(80), classCode: z.string().max(32).nullable() }).optional(),
  reflection: z
    .object({
      before: z.array(z.string().max(MOST_ANSWER_CHARS)).max(MOST_REFLECTION_QUESTIONS),
      after: z.array(z.string().max(MOST_ANSWER_CHARS)).max(MOST_REFLECTION_QUESTIONS),
    })
    .optional(),
  draft: z.object({ text: z.record(id, id), parties: z.array(id).max(64) }),
  screen: z.enum(RUN_SCREENS),
  /** The game the moves led to when saved: a resume that rebuilds another game says so instead. */
  check: z.object({ day: z.number(), actionsLeft: z.number(), digest: z.string() }),
});

export type SaveFile = z.infer<typeof saveSchema>;

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: SaveFile; readonly note?: string }
  | { readonly kind: 'problem'; readonly problem: SaveProblem; readonly raw: string };

export function makeSave(run: RunContext, screen: Screen, savedAt: number, fromFile: boolean): SaveFile {
  const model = rulesOf(run.scenario).model;
  return {
    format: 'geneva-envoy-save',
    version: SAVE_VERSION,
    savedAt,
    scenarioId: run.scenarioId,
    scenarioTitle: run.scenario.meta.title,
    ...(fromFile ? { scenario: fullScenarioOf(run.scenario) } : {}),
    seed: run.seed,
    startedAt: run.startedAt,
    seats: [...run.seats],
    log: [...run.log],
    length: run.length,
    player: run.player,
    reflection: { before: [...run.reflection.before], after: [...run.reflection.after] },
    draft: {
      text: nameText(model, run.draft.text),
      parties: run.draft.parties.map((p) => model.parties[p]!.id),
    },
    screen,
    check: { day: run.game.day, actionsLeft: run.game.actionsLeft, digest: gameDigest(run.game) },
  };
}

const problem = (raw: string, what: string, detail: string): SaveRead => ({
  kind: 'problem',
  raw,
  problem: { what, detail },
});

/** Reads a save. Anything unreadable becomes a problem to show the player, never an exception. */
export function parseSave(raw: string): SaveRead {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return problem(raw, SAVE_WORDS.damaged, detail);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return problem(
      raw,
      SAVE_WORDS.newer,
      `save version ${version}; this game reads versions 1 to ${SAVE_VERSION}`,
    );
  }
  if (version === 1) {
    let migrated: ReturnType<typeof migrateV1>;
    try {
      migrated = migrateV1(data);
    } catch (error) {
      migrated = {
        ok: false,
        reason: `a version 1 save that cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (!migrated.ok) return problem(raw, SAVE_WORDS.unknownForm, migrated.reason);
    data = migrated.save;
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return problem(raw, SAVE_WORDS.unknownForm, `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  return version === 1
    ? {
        kind: 'ok',
        save: parsed.data,
        note: SAVE_WORDS.upgraded,
      }
    : { kind: 'ok', save: parsed.data };
}
