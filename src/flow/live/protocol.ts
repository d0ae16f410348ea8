import { z } from 'zod';
import { MOVE_SCHEMAS } from '../../engine/moveSchema';
import { GAME_LENGTHS } from '../gameLength';
import type { PersonQuestion } from '../hotSeat/personQuestion';
import { MOST_ANSWER_CHARS } from '../runContext';
import { SESSION_MODES, type SessionMode } from './sessionTerms';

/**
 * What a live class session's clients and server say to each other: the one definition both sides import. Every
 * message a client sends is parsed with these schemas on the server; anything else is refused and logged.
 */

export * from './sessionTerms';

const id = z.string().min(1).max(200);
const shortText = z.string().max(80);

/** The events of a student's game that travel to the server: moves, drafting, screens, written answers. */
export const gameEventSchema = z.discriminatedUnion('type', [
  MOVE_SCHEMAS.consult.extend({ type: z.literal('move.consult') }),
  MOVE_SCHEMAS.press.extend({ type: z.literal('move.press') }),
  MOVE_SCHEMAS.reassure.extend({ type: z.literal('move.reassure') }),
  MOVE_SCHEMAS.statement.extend({ type: z.literal('move.statement') }),
  MOVE_SCHEMAS.table.extend({ type: z.literal('move.table') }),
  MOVE_SCHEMAS.endDay.extend({ type: z.literal('move.endDay') }),
  MOVE_SCHEMAS.callConference.extend({ type: z.literal('move.callConference') }),
  z.object({ type: z.literal('draft.choose'), issue: id, option: id }),
  z.object({ type: z.literal('draft.address'), party: id, included: z.boolean() }),
  z.object({ type: z.literal('nav.meet') }),
  z.object({ type: z.literal('nav.nextDay') }),
  z.object({ type: z.literal('briefing.begin') }),
  z.object({ type: z.literal('conference.done') }),
  z.object({ type: z.literal('outcome.debrief') }),
  z.object({
    type: z.literal('reflection.answer'),
    phase: z.enum(['before', 'after']),
    index: z.number().int().min(0).max(20),
    text: z.string().max(MOST_ANSWER_CHARS),
  }),
]);

export type GameEventMessage = z.infer<typeof gameEventSchema>;

/** A delegation's answer to the text on the table, sent in `play` by a student holding that seat (seats mode). */
// A student answers for themselves: only the server writes a reply as the computer's.
export const replyEventSchema = MOVE_SCHEMAS.reply
  .omit({ by: true })
  .extend({ type: z.literal('move.reply') });
export type ReplyEventMessage = z.infer<typeof replyEventSchema>;

/** What `play` carries in seats mode: the mediator's game events, or a delegation's reply. */
export const seatGameEventSchema = z.discriminatedUnion('type', [
  ...gameEventSchema.options,
  replyEventSchema,
]);
export type SeatGameEventMessage = z.infer<typeof seatGameEventSchema>;

/** How a client joins a room: a teacher creating or re-entering a session, or a student. */
export const createOptionsSchema = z.object({
  role: z.literal('teacher'),
  serverKey: z.string().min(1).max(200),
  scenarioId: id,
  length: z.enum(GAME_LENGTHS),
  mode: z.enum(SESSION_MODES).default('solo'),
});
/** `mode` may be left out: a session is then solo. */
export type CreateOptions = z.input<typeof createOptionsSchema>;

export const joinOptionsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('teacher'), teacherToken: z.string().min(1).max(200) }),
  z.object({
    role: z.literal('student'),
    name: shortText,
    /** Given by the server at the first join: the same student's game after a reload or a restart. */
    studentToken: z.string().min(1).max(200).optional(),
  }),
]);
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

/** A teacher's commands. */
export const teacherMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pause'), paused: z.boolean() }),
  /** One of the scenario's events, by id, put before every student at once. */
  z.object({ type: z.literal('inject'), eventId: id }),
  z.object({ type: z.literal('showNames'), shown: z.boolean() }),
  z.object({ type: z.literal('end') }),
  /** Every finished game's result now, the session going on. */
  z.object({ type: z.literal('results') }),
]);
export type TeacherMessage = z.infer<typeof teacherMessageSchema>;

/** The message types, client to server and server to client. */
export const TO_SERVER = { play: 'play', teacher: 'teacher' } as const;
export const TO_CLIENT = {
  /** To a student: the game as the server has it (a save file's text) and the session's state. */
  game: 'game',
  /** To a student: a move the server refused, and the game as it stands. */
  refused: 'refused',
  session: 'session',
  inject: 'inject',
  /** To the teacher: the whole class. */
  classView: 'classView',
  /** To the teacher, once: the token that lets them back in, and each result when they ask. */
  teacherToken: 'teacherToken',
  results: 'results',
  /** To a student, once: the token for coming back to the same game. */
  studentToken: 'studentToken',
  problem: 'problem',
  /** Seats mode, to a table's mediator: the table's public status (a SeatTableStatus), after every change. */
  table: 'table',
  /** Seats mode, to a delegation's student: their seat's view (a SeatView), after every change at the table. */
  seat: 'seat',
} as const;

/** The session as every client sees it. */
export interface SessionState {
  readonly code: string;
  /** The offline class code of the same game: what the students' results carry. */
  readonly classCode: string;
  readonly scenarioId: string;
  readonly length: (typeof GAME_LENGTHS)[number];
  readonly paused: boolean;
  readonly ended: boolean;
  /** Absent means solo. */
  readonly mode?: SessionMode;
}

/** One student, as the teacher's live view lists them. */
export interface StudentRow {
  readonly key: string;
  /** The student's name, or "Student 3" while the teacher keeps names hidden. */
  readonly name: string;
  readonly connected: boolean;
  readonly screen: string | null;
  readonly day: number;
  readonly date: string;
  readonly moves: number;
  /** The text on the table, issue by issue (labels). */
  readonly text: readonly string[];
  readonly textIsStatusQuo: boolean;
  /** The delegations who would come if the conference met now (short names). */
  readonly wouldCome: readonly string[];
  readonly outcome: 'everyone' | 'some' | null;
  /** No move for a while in a game still going, or moves refused again and again. */
  readonly stuck: 'idle' | 'refused' | null;
  readonly idleSeconds: number;
}

/** One seat at a seats-mode table, as everyone at the table sees it: no names, no secrets. */
export interface SeatHolder {
  /** 'mediator', or the delegation's party id. */
  readonly seat: string;
  /** A student took it, or no one ever did (the computer answers for a delegation's seat no one holds). */
  readonly held: 'student' | 'computer';
  /** The student holding it is connected (false for a computer's seat). */
  readonly connected: boolean;
}

/** A seats-mode table's public status: what anyone at the table may know. */
export interface SeatTableStatus {
  /** The table's key, e.g. "t1", and its name, e.g. "Table 1". */
  readonly table: string;
  readonly name: string;
  readonly day: number;
  readonly date: string;
  /** The text on the table, issue by issue (labels). */
  readonly text: readonly string[];
  readonly textIsStatusQuo: boolean;
  /** The delegations (party ids) whose answer the tabled text still waits for. */
  readonly waitingFor: readonly string[];
  readonly seats: readonly SeatHolder[];
  readonly outcome: 'everyone' | 'some' | null;
}

/** What a delegation's student receives: the table's status and their own question, nothing of another party. */
export interface SeatView {
  /** Their party's id and name. */
  readonly party: string;
  readonly name: string;
  readonly table: SeatTableStatus;
  /** Whether a tabled text waits for their answer; the question is then their own side of it. */
  readonly waiting: boolean;
  readonly question: PersonQuestion | null;
}

/** One seats-mode table in the teacher's view: who holds which seat. */
export interface TableRow {
  /** The same key as the table's row in `students`. */
  readonly key: string;
  readonly name: string;
  readonly seats: readonly {
    /** 'mediator', or the delegation's short name. */
    readonly seat: string;
    /** The student's name (or "Student 3" while names are hidden); null for a seat the computer holds. */
    readonly student: string | null;
    readonly connected: boolean;
  }[];
}

export interface ClassView {
  readonly session: SessionState;
  readonly namesShown: boolean;
  /** Solo: one row per student. Seats: one row per table (its name "Table 1", `connected` its mediator's). */
  readonly students: readonly StudentRow[];
  /** Absent means solo. */
  readonly mode?: SessionMode;
  /** Seats mode: each table's seats. */
  readonly tables?: readonly TableRow[];
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly injects: readonly { readonly id: string; readonly title: string }[];
}
