/**
 * The codes, names and modes of a live session that the game's own screens use: their own module, so the title
 * does not wait for the message schemas (protocol.ts, which re-exports these for the server and the links).
 */

/** The room every live session is: its id is the session's join code. */
export const CLASS_ROOM = 'class';

/** A live join code: six Crockford characters, shown as `ABC-123`; an offline class code has eight. */
export const LIVE_CODE_LENGTH = 6;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh join code from random bytes (the server's, never a seed's). */
export function liveCodeFrom(bytes: Uint8Array): string {
  let code = '';
  for (let i = 0; i < LIVE_CODE_LENGTH; i++) code += CROCKFORD[(bytes[i] ?? 0) % 32];
  return code;
}

export function showLiveCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export type LiveCodeRead = { readonly ok: true; readonly code: string } | { readonly ok: false };

/** A code as a student types it: any case, with or without the dash or spaces; O for 0, I or L for 1. */
export function readLiveCode(typed: string): LiveCodeRead {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== LIVE_CODE_LENGTH || [...code].some((c) => !CROCKFORD.includes(c))) return { ok: false };
  return { ok: true, code };
}

/** A student's name as the session keeps and shows it: no control characters, at most 80 characters. */
export function cleanStudentName(name: string): string {
  return name.normalize('NFKC').replace(/\p{C}/gu, '').trim().slice(0, 80);
}

/** Who came to the conference, as the class views say it: everyone, or not everyone. */
export function outcomeWord(attends: readonly boolean[] | null | undefined): 'everyone' | 'some' | null {
  return attends ? (attends.every(Boolean) ? 'everyone' : 'some') : null;
}

/** The largest message a client may send, in bytes: a tabled text with long ids, or a reflection answer. */
export const MOST_MESSAGE_BYTES = 16 * 1024;

/** Solo: every student plays their own game. Seats: students share tables, one mediating, others at the seats. */
export const SESSION_MODES = ['solo', 'seats'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
