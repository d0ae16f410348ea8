import type { Diagnostic } from './diagnostic';

/**
 * The bytes of a scenario file as text, the same way in the browser and in the CLI: UTF-8 with or without a
 * byte order mark, and UTF-16 (little or big endian) with one. Anything else is refused with a message that
 * says where the first byte that is not UTF-8 is and how to fix it; nothing is ever silently mis-decoded.
 *
 * The decoding is the WHATWG Encoding API's `TextDecoder` with `fatal: true`, which every browser and Node
 * have. The pure layers compile without the DOM's or Node's type libraries, so the slice of it used here is
 * typed locally and read from `globalThis` (it is neither a DOM nor a Node object, and it is deterministic).
 */
interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly error: Diagnostic };

const HINT = 'save the file as UTF-8 (in most editors: "Save with encoding" or "Save as…", then UTF-8)';

function refused(file: string, line: number, column: number, message: string): DecodeResult {
  return {
    ok: false,
    error: { severity: 'error', file, line, column, path: '(top level)', message, hint: HINT },
  };
}

/** Where the first byte that is not UTF-8 sits, as line:col of the text before it, and which byte it is. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number; offset: number } {
  // The lenient decoder replaces each bad sequence by U+FFFD; everything before the first such replacement
  // (that is not a real U+FFFD, EF BF BD, in the file) decoded cleanly, so its UTF-8 length is the offset.
  const text = new TextDecoderClass('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const real = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (code === 0xfffd && !real) break;
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (char === '\n') {
      line++;
      column = 1;
    } else if (!(offset === 3 && code === 0xfeff)) column += char.length; // columns count UTF-16 units, as the loader's
  }
  return { line, column, offset };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes a scenario file's bytes; `file` names it in the diagnostic. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return refused(file, 1, 1, 'the file is in UTF-32, which the game does not read');
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      // fatal: a lone surrogate or an odd last byte is an error, not a replacement character.
      return { ok: true, text: new TextDecoderClass(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return refused(
        file,
        1,
        1,
        `the file starts as ${utf16.toUpperCase()} but is not valid ${utf16.toUpperCase()}`,
      );
    }
  }
  let text: string;
  try {
    // The UTF-8 decoder drops a leading byte order mark (EF BB BF) by itself.
    text = new TextDecoderClass('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    return refused(
      file,
      bad.line,
      bad.column,
      `the file is not UTF-8: byte ${hex(bytes[bad.offset] ?? 0)} at ${bad.line}:${bad.column} is not valid UTF-8 (a Latin-1 or Windows-1252 file?)`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const before = text.slice(0, nul).split('\n');
    return refused(
      file,
      before.length,
      before.at(-1)!.length + 1,
      'the file contains NUL bytes: UTF-16 without a byte order mark, or not a text file',
    );
  }
  return { ok: true, text, encoding: 'utf-8' };
}
