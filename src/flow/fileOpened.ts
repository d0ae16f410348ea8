import { loadCheckedScenario } from '../engine/checkScenario';
import { decodeScenarioBytes } from '../scenario/decode';
import { type Diagnostic, formatPath } from '../scenario/diagnostic';
import { MAX_FILE_BYTES } from '../scenario/fileLimits';
import { MESSAGES } from '../scenario/messages';
import type { RootEvent } from './events';
import type { CheckedFile } from './openScenarioFile';

/** A file as the page read it from disk: its text, or its bytes (and the size the browser gave, if any). */
export type OpenedFile = { fileName: string } & ({ text: string } | { bytes: Uint8Array; size?: number });

/** A file refused by its size alone, before a byte of it is decoded. */
function tooLarge(file: string, size: number): Diagnostic {
  return {
    severity: 'error',
    file,
    line: 1,
    column: 1,
    path: formatPath([]),
    ...MESSAGES.tooLarge(size, MAX_FILE_BYTES),
  };
}

function check(opened: OpenedFile): CheckedFile {
  if ('bytes' in opened && (opened.size ?? 0) > MAX_FILE_BYTES)
    return { ok: false, errors: [tooLarge(opened.fileName, opened.size!)] };
  // The same decoding as the CLI's: UTF-8 or UTF-16 with a byte order mark, anything else refused by place.
  const decoded =
    'bytes' in opened
      ? decodeScenarioBytes(opened.bytes, opened.fileName)
      : { ok: true as const, text: opened.text };
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const loaded = loadCheckedScenario(decoded.text, opened.fileName);
  const report = { warnings: loaded.warnings, notes: loaded.notes, counts: loaded.counts };
  return loaded.ok
    ? { ok: true, scenario: loaded.scenario, report }
    : { ok: false, errors: loaded.errors, report };
}

/**
 * The event for a scenario file the player opened, checked by the scenario loader. Its own module: the page
 * fetches the loader (YAML, the schema) only when a file is opened.
 */
export function fileOpened(opened: OpenedFile): Extract<RootEvent, { type: 'title.openFile' }> {
  return { type: 'title.openFile', fileName: opened.fileName, checked: check(opened) };
}
