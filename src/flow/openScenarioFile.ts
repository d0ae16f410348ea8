import { loadCheckedScenario } from '../engine/checkScenario';
import { decodeScenarioBytes } from '../scenario/decode';
import { type Diagnostic, formatPath } from '../scenario/diagnostic';
import { MAX_FILE_BYTES } from '../scenario/loader';
import { MESSAGES } from '../scenario/messages';
import type { RootContext } from './rootContext';
import type { ScenarioEntry } from './runContext';

/** The id under which a file opened from disk is listed: never the id of a shipped scenario it would replace. */
export function fileScenarioId(id: string, shipped: readonly ScenarioEntry[]): string {
  return shipped.some((s) => s.id === id && !s.fromFile) ? `${id} (file)` : id;
}

/** The title screen after the player opened a scenario file: listed and selected, or its problems shown. */
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

export function openScenarioFile(
  context: RootContext,
  event: { fileName: string } & ({ text: string } | { bytes: Uint8Array; size?: number }),
): Partial<RootContext> {
  const others = context.fileProblems.filter((p) => p.file !== event.fileName);
  // The file can be read again after an edit ("Reopen"); a note that it could not be read is now out of date.
  const reopened = {
    reopenable: event.fileName,
    ...(context.liveNote?.kind === 'unreadable' ? { liveNote: null } : {}),
  };
  if ('bytes' in event && (event.size ?? 0) > MAX_FILE_BYTES)
    return {
      ...reopened,
      fileProblems: [...others, { file: event.fileName, errors: [tooLarge(event.fileName, event.size!)] }],
    };
  // The same decoding as the CLI's: UTF-8 or UTF-16 with a byte order mark, anything else refused by place.
  const decoded =
    'bytes' in event
      ? decodeScenarioBytes(event.bytes, event.fileName)
      : { ok: true as const, text: event.text };
  if (!decoded.ok)
    return { ...reopened, fileProblems: [...others, { file: event.fileName, errors: [decoded.error] }] };
  const loaded = loadCheckedScenario(decoded.text, event.fileName);
  const { warnings, notes, counts } = loaded;
  const report = { warnings, notes, counts };
  if (!loaded.ok)
    return {
      ...reopened,
      fileProblems: [...others, { file: event.fileName, errors: loaded.errors, report }],
    };
  const entry: ScenarioEntry = {
    id: fileScenarioId(loaded.scenario.meta.id, context.scenarios),
    scenario: loaded.scenario,
    fromFile: event.fileName,
    report,
  };
  return {
    ...reopened,
    // Opened again (after an edit), the file replaces its earlier version, even if its id changed.
    scenarios: [
      ...context.scenarios.filter((s) => s.id !== entry.id && s.fromFile !== event.fileName),
      entry,
    ],
    selectedScenarioId: entry.id,
    fileProblems:
      warnings.length + notes.length > 0 ? [...others, { file: event.fileName, errors: [], report }] : others,
  };
}
