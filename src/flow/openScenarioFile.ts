import type { Diagnostic } from '../scenario/diagnostic';
import type { LoadNotes } from '../scenario/loader';
import type { Scenario } from '../scenario/schema';
import type { RootContext } from './rootContext';
import type { ScenarioEntry } from './runContext';

/** The id under which a file opened from disk is listed: never the id of a shipped scenario it would replace. */
export function fileScenarioId(id: string, shipped: readonly ScenarioEntry[]): string {
  return shipped.some((s) => s.id === id && !s.fromFile) ? `${id} (file)` : id;
}

/** A scenario file after the loader's checks (flow/fileOpened.ts): the scenario, or why it cannot be played. */
export type CheckedFile =
  | { readonly ok: true; readonly scenario: Scenario; readonly report: LoadNotes }
  | { readonly ok: false; readonly errors: readonly Diagnostic[]; readonly report?: LoadNotes };

/** The title screen after the player opened a scenario file: listed and selected, or its problems shown. */
export function openScenarioFile(
  context: RootContext,
  event: { fileName: string; checked: CheckedFile },
): Partial<RootContext> {
  const others = context.fileProblems.filter((p) => p.file !== event.fileName);
  // The file can be read again after an edit ("Reopen"); a note that it could not be read is now out of date.
  const reopened = {
    reopenable: event.fileName,
    ...(context.liveNote?.kind === 'unreadable' ? { liveNote: null } : {}),
  };
  const { checked } = event;
  if (!checked.ok)
    return {
      ...reopened,
      fileProblems: [
        ...others,
        {
          file: event.fileName,
          errors: checked.errors,
          ...(checked.report ? { report: checked.report } : {}),
        },
      ],
    };
  const { report } = checked;
  const { warnings, notes } = report;
  const entry: ScenarioEntry = {
    id: fileScenarioId(checked.scenario.meta.id, context.scenarios),
    scenario: checked.scenario,
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
