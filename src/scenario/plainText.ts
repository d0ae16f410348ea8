import type { Finding, PathSegment } from './diagnostic';
import { MESSAGES } from './messages';

/** Embeddings, overrides and isolates: they can make a name read unlike its letters ("Harbour ‮etutitsni‬"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** The most accents (combining marks) one letter keeps; no script needs more, and a tall stack draws over lines. */
export const MOST_MARKS = 4;
const MARK_STACK = new RegExp(`(\\p{M}{${MOST_MARKS}})\\p{M}+`, 'gu');

function clean(text: string, path: readonly PathSegment[], findings: Finding[]): string {
  let out = text;
  const controls = out.match(BIDI_CONTROLS)?.length ?? 0;
  if (controls > 0) {
    out = out.replace(BIDI_CONTROLS, '');
    findings.push({ severity: 'warning', path, ...MESSAGES.bidiControl(controls) });
  }
  const decomposed = out.normalize('NFD');
  if (MARK_STACK.test(decomposed)) {
    out = decomposed.replace(MARK_STACK, '$1').normalize('NFC');
    findings.push({ severity: 'warning', path, ...MESSAGES.markStack(MOST_MARKS) });
  }
  MARK_STACK.lastIndex = 0;
  return out;
}

/**
 * Every string of a parsed file as plain text a screen can show as written: direction controls taken out and
 * accent stacks cut, each with a warning at its place. Returns a new value; the input is not changed.
 */
export function plainText(value: unknown, findings: Finding[], path: PathSegment[] = []): unknown {
  if (typeof value === 'string') return clean(value, path, findings);
  if (Array.isArray(value)) return value.map((item, i) => plainText(item, findings, [...path, i]));
  if (value !== null && typeof value === 'object') {
    // fromEntries defines each key as data, so a "__proto__" key stays a key and never becomes a prototype.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, plainText(item, findings, [...path, key])]),
    );
  }
  return value;
}
