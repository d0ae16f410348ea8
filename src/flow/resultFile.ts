import { z } from 'zod';
import { moveSchema } from '../engine/moveSchema';
import { MOST_REFLECTION_QUESTIONS } from '../scenario/defaults';
import { formatPath, type PathSegment } from '../scenario/diagnostic';
import { GAME_LENGTHS } from './gameLength';
import { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION } from './resultFormat';
import { MOST_ANSWER_CHARS } from './runContext';

/**
 * A finished game as a file for the teacher: who played, when, in which class, on which scenario (and which
 * version of its text), the seed and every move (so the game replays), the outcome and each party's points.
 * Read back, it is untrusted: `parseResult` checks it against this schema and names the place of any fault.
 */

/** Far more moves than any game holds (ten days of ten actions, each with replies), and no more. */
const MOST_MOVES = 5000;

const id = z.string().min(1).max(200);
const reflectionAnswer = z.strictObject({
  question: z.string().max(400),
  answer: z.string().max(MOST_ANSWER_CHARS),
});

export const resultSchema = z
  .strictObject({
    format: z.literal(RESULT_FORMAT).describe('Always "envoy-result".'),
    version: z.literal(RESULT_VERSION).describe('The result format version.'),
    student: z.string().max(80).describe('The name the student gave, or "" when none.'),
    date: z.iso.date().describe('The day the game ended, YYYY-MM-DD.'),
    classCode: z.string().max(32).nullable().describe('The class code the game was played with, or null.'),
    scenario: z.strictObject({
      id,
      title: z.string().max(200),
      digest: z
        .string()
        .regex(/^[0-9a-f]{8}$/)
        .describe(
          'A digest of the scenario as played: two files with the same id and digest are the same text.',
        ),
    }),
    seed: z.int().describe('The game seed: with the moves, it replays the game exactly.'),
    length: z
      .enum(GAME_LENGTHS)
      .default('full')
      .describe('How long the game ran: full, or short (the scenario’s calendar.short).'),
    seats: z
      .record(id, z.enum(['computer', 'person']))
      .optional()
      .describe('Who held each party’s seat, when a person held one (hot-seat play); else all the computer.'),
    moves: z.array(moveSchema).max(MOST_MOVES),
    outcome: z.strictObject({
      deal: z.boolean().describe('Whether every party came to the final meeting.'),
      attends: z.record(id, z.boolean()),
    }),
    utilities: z
      .record(id, z.number().min(-1000).max(1000))
      .describe('Each party’s points for the final text.'),
    text: z.record(id, id).describe('The final text: an option id for each issue id.'),
    reflection: z
      .strictObject({
        before: z.array(reflectionAnswer).max(MOST_REFLECTION_QUESTIONS),
        after: z.array(reflectionAnswer).max(MOST_REFLECTION_QUESTIONS),
      })
      .optional()
      .describe('The scenario’s reflection questions with the student’s answers, before and after the game.'),
  })
  .describe('A finished game of Geneva II: The Envoy, for the class view.');

export type ResultFile = z.output<typeof resultSchema>;

export { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION } from './resultFormat';

export type ResultRead =
  | { readonly ok: true; readonly result: ResultFile }
  | { readonly ok: false; readonly problem: string };

/** Reads a result file a teacher opened: never throws, and says what is wrong and where. */
export function parseResult(text: string, words: ResultWords): ResultRead {
  if (text.length > MAX_RESULT_BYTES) return { ok: false, problem: words.tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: words.notJson };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== RESULT_FORMAT) return { ok: false, problem: words.notAResult };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > RESULT_VERSION) return { ok: false, problem: words.newer };
  const parsed = resultSchema.safeParse(data);
  if (parsed.success) return { ok: true, result: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    problem: words.damaged(formatPath(issue.path as PathSegment[]), issue.message),
  };
}

/** The words `parseResult` speaks in (the interface's string table passes its own). */
export interface ResultWords {
  readonly tooLarge: string;
  readonly notJson: string;
  readonly notAResult: string;
  readonly newer: string;
  readonly damaged: (where: string, what: string) => string;
}

/** The JSON Schema of a result file, published beside the scenario schema (`docs/result.schema.json`). */
export function resultJsonSchema(): string {
  const schema = z.toJSONSchema(resultSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return `${JSON.stringify({ ...schema, $id: 'result.schema.json', title: 'Geneva II: The Envoy result' }, null, 2)}\n`;
}
