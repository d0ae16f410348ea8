import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes } from './decode';
import { formatDiagnostic } from './diagnostic';
import { loadScenario } from './loader';
import { MINIMAL_SCENARIO } from './testing/minimalScenario';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]));
};
const text = `${MINIMAL_SCENARIO}# Genève, Zürich, Kraków — 🌊\n`;

describe('decodeScenarioBytes: one decoding for the browser and the CLI', () => {
  it('reads UTF-8 with or without a byte order mark, and UTF-16 LE and BE with one, to the same text', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    for (const bytes of [utf8(text), withBom, utf16le(text), utf16be(text)]) {
      const decoded = decodeScenarioBytes(bytes, 'harbour.yaml');
      expect(decoded.ok && decoded.text).toBe(text);
    }
    expect(decodeScenarioBytes(utf16be(text), 'h.yaml')).toMatchObject({ encoding: 'utf-16be' });
    const loaded = decodeScenarioBytes(utf16le(text), 'h.yaml');
    expect(loaded.ok && loadScenario(loaded.text, 'h.yaml').ok).toBe(true);
  });

  it('refuses Latin-1 bytes, naming the first bad byte by line:col and saying to save as UTF-8', () => {
    const lines = ['schemaVersion: 1', 'meta:', '  title: Genève'];
    const latin1 = new Uint8Array(Buffer.from(lines.join('\n'), 'latin1'));
    const decoded = decodeScenarioBytes(latin1, 'geneve.yaml');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    const column = lines[2]!.indexOf('è') + 1;
    expect(decoded.error).toMatchObject({ file: 'geneve.yaml', line: 3, column, severity: 'error' });
    expect(decoded.error.message).toContain(`byte 0xE8 at 3:${column} is not valid UTF-8`);
    expect(formatDiagnostic(decoded.error)).toContain('save the file as UTF-8');
  });

  it('counts columns after a byte order mark and past real replacement characters', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: "\uFFFD"\nb: x'), 0xff]);
    const decoded = decodeScenarioBytes(bytes, 'f.yaml');
    expect(!decoded.ok && [decoded.error.line, decoded.error.column]).toEqual([2, 5]);
  });

  it('refuses UTF-16 without a byte order mark (NUL bytes), broken UTF-16 and UTF-32, with a message', () => {
    const noBom = new Uint8Array(Buffer.from('schemaVersion: 1\n', 'utf16le'));
    const nul = decodeScenarioBytes(noBom, 'f.yaml');
    expect(!nul.ok && nul.error.message).toContain('NUL bytes');
    const odd = decodeScenarioBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]), 'f.yaml');
    expect(!odd.ok && odd.error.message).toContain('not valid UTF-16LE');
    const utf32 = decodeScenarioBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'f.yaml');
    expect(!utf32.ok && utf32.error.message).toContain('UTF-32');
  });
});
