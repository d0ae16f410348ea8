import { loadCheckedScenario } from '../engine/checkScenario';
import type { RootContext } from './rootContext';
import type { ScenarioEntry } from './runContext';

/** The id under which a file opened from disk is listed: never the id of a shipped scenario it would replace. */
export function fileScenarioId(id: string, shipped: readonly ScenarioEntry[]): string {
  return shipped.some((s) => s.id === id && !s.fromFile) ? `${id} (file)` : id;
}

/** The title screen after the player opened a scenario file: listed and selected, or its problems shown. */
export function openScenarioFile(
  context: RootContext,
  event: { fileName: string; text: string },
): Partial<RootContext> {
  const loaded = loadCheckedScenario(event.text, event.fileName);
  const others = context.fileProblems.filter((p) => p.file !== event.fileName);
  // The file can be read again after an edit ("Reopen"); a note that it could not be read is now out of date.
  const reopened = {
    reopenable: event.fileName,
    ...(context.liveNote?.kind === 'unreadable' ? { liveNote: null } : {}),
  };
  if (!loaded.ok)
    return { ...reopened, fileProblems: [...others, { file: event.fileName, errors: loaded.errors }] };
  const entry: ScenarioEntry = {
    id: fileScenarioId(loaded.scenario.meta.id, context.scenarios),
    scenario: loaded.scenario,
    fromFile: event.fileName,
  };
  return {
    ...reopened,
    // Opened again (after an edit), the file replaces its earlier version, even if its id changed.
    scenarios: [
      ...context.scenarios.filter((s) => s.id !== entry.id && s.fromFile !== event.fileName),
      entry,
    ],
    selectedScenarioId: entry.id,
    fileProblems: others,
  };
}
