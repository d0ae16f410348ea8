import { z } from 'zod';

/**
 * The shape of every move, checked where moves come from outside: a save, a result file, a live session's
 * message. Its own module, so the game's first screen does not wait for the schema library.
 */
const id = z.string().min(1).max(200);
const kind = z.enum(['accept', 'counter', 'reject', 'walk-out']);

export const MOVE_SCHEMAS = {
  consult: z.object({ type: z.literal('consult'), party: id }),
  press: z.object({ type: z.literal('press'), party: id }),
  reassure: z.object({ type: z.literal('reassure'), party: id }),
  statement: z.object({ type: z.literal('statement') }),
  /** `text` names one option per issue: `{ issueId: optionId }`. */
  table: z.object({ type: z.literal('table'), parties: z.array(id).min(1).max(64), text: z.record(id, id) }),
  endDay: z.object({ type: z.literal('endDay') }),
  callConference: z.object({ type: z.literal('callConference') }),
  /** A person at a delegation's seat answers the text on the table (its counter, if any, names options). */
  reply: z.object({
    type: z.literal('reply'),
    party: id,
    answer: z.object({ kind, counter: z.record(id, id).optional() }),
    /** A person's seat no one is at (a live table's empty seat): the computer answered, by its own policy. */
    by: z.literal('computer').optional(),
  }),
  /** A facilitator's move (the teacher of a live class): one of the scenario's events happens now, once. */
  inject: z.object({ type: z.literal('inject'), event: id }),
} as const;

export const moveSchema = z.discriminatedUnion('type', [
  MOVE_SCHEMAS.consult,
  MOVE_SCHEMAS.press,
  MOVE_SCHEMAS.reassure,
  MOVE_SCHEMAS.statement,
  MOVE_SCHEMAS.table,
  MOVE_SCHEMAS.endDay,
  MOVE_SCHEMAS.callConference,
  MOVE_SCHEMAS.reply,
  MOVE_SCHEMAS.inject,
]);

/** The one definition of a move's shape; `Move` (engine/move.ts) is this type. */
export type SchemaMove = z.infer<typeof moveSchema>;
