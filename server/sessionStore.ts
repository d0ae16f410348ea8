import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { GAME_LENGTHS } from '../src/flow/gameLength';
import { SESSION_MODES } from '../src/flow/live/protocol';

/** A seats-mode table: its game, and who took each seat (the mediator's first, then the delegations' in order). */
export const storedTableSchema = z.object({
  key: z.string(),
  save: z.string(),
  lastMoveAt: z.number(),
  seats: z.array(z.object({ key: z.string(), tokenHash: z.string(), name: z.string() }).nullable()),
});
export type StoredTable = z.infer<typeof storedTableSchema>;

/**
 * A session as it is kept on disk: enough to rebuild every student's game after a restart, or on another
 * process when the one holding it died. Tokens are kept only as hashes: the file holds no secret.
 */
export const storedSessionSchema = z.object({
  code: z.string(),
  scenarioId: z.string(),
  length: z.enum(GAME_LENGTHS),
  seed: z.number().int(),
  startedAt: z.number(),
  teacherTokenHash: z.string(),
  paused: z.boolean(),
  ended: z.boolean(),
  namesShown: z.boolean(),
  // A file written before seats mode is a solo session.
  mode: z.enum(SESSION_MODES).default('solo'),
  /** Seats mode's tables; the students who hold their seats are kept there, not in `students`. */
  tables: z.array(storedTableSchema).default([]),
  students: z.array(
    z.object({
      key: z.string(),
      tokenHash: z.string(),
      name: z.string(),
      save: z.string(),
      lastMoveAt: z.number(),
    }),
  ),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export interface SessionStore {
  write(session: StoredSession): void;
  read(code: string): StoredSession | null;
  /** Every session not yet ended: what a restarted server brings back. */
  open(): StoredSession[];
}

const CODE = /^[0-9A-Z]{6}$/;

/** One JSON file per session in a folder, written whole and renamed into place (a crash leaves the old one). */
export function folderStore(folder: string, warn: (line: string) => void): SessionStore {
  mkdirSync(folder, { recursive: true });
  const fileOf = (code: string) => join(folder, `${code}.json`);
  const read = (code: string): StoredSession | null => {
    if (!CODE.test(code)) return null;
    let text: string;
    try {
      text = readFileSync(fileOf(code), 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = storedSessionSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      warn(
        `${fileOf(code)}: not a session this server can read (${parsed.error.issues[0]?.message}); left as it is`,
      );
    } catch (error) {
      warn(`${fileOf(code)}: damaged (${(error as Error).message}); left as it is`);
    }
    return null;
  };
  return {
    write(session) {
      const file = fileOf(session.code);
      writeFileSync(`${file}.tmp`, JSON.stringify(session));
      renameSync(`${file}.tmp`, file);
    },
    read,
    open() {
      return readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .map((f) => read(f.slice(0, -'.json'.length)))
        .filter((s): s is StoredSession => s !== null && !s.ended);
    },
  };
}
