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
  const { warnings, notes, counts } = loaded;
  const report = { warnings, notes, counts };
  if (!loaded.ok)
    return { fileProblems: [...others, { file: event.fileName, errors: loaded.errors, report }] };
  const entry: ScenarioEntry = {
    id: fileScenarioId(loaded.scenario.meta.id, context.scenarios),
    scenario: loaded.scenario,
    fromFile: event.fileName,
    report,
  };
  return {
    scenarios: [...context.scenarios.filter((s) => s.id !== entry.id), entry],
    selectedScenarioId: entry.id,
    fileProblems: others,
  };
}
