import type { AppEvent } from './events';
import { fullScenarioOf } from './gameLength';
import { fileScenarioId } from './openScenarioFile';
import type { FileProblem, LiveNote, RootContext } from './rootContext';
import { startRun } from './run';
import type { ScenarioEntry } from './runContext';

export type CatalogUpdate = Extract<AppEvent, { type: 'catalog.updated' }>;

/** How an author names a shipped file in a message: where it lives in the project. */
export const shippedPath = (file: string) => `scenarios/${file}`;

/**
 * The title's list after files in scenarios/ changed. A file that now has problems keeps its last good version in
 * the list (and its problems are shown); a deleted file leaves it; files opened from disk stay as they were.
 */
function mergeCatalog(context: RootContext, event: CatalogUpdate): Partial<RootContext> {
  const broken = new Set(event.problems.map((p) => p.file));
  const lastGood = context.scenarios.filter((s) => s.file !== undefined && !s.fromFile && broken.has(s.file));
  const shipped: ScenarioEntry[] = [...event.entries, ...lastGood];
  const opened = context.scenarios
    .filter((s) => s.fromFile)
    .map((s) => ({ ...s, id: fileScenarioId(s.scenario.meta.id, shipped) }));
  const scenarios = [...shipped, ...opened];
  // The selection follows its file when the author renamed the scenario's id, else stays, else the first one.
  const selected = context.scenarios.find((s) => s.id === context.selectedScenarioId);
  const followed = selected?.file
    ? scenarios.find((s) => s.file === selected.file && !s.fromFile)
    : undefined;
  const selectedScenarioId =
    followed?.id ??
    (scenarios.some((s) => s.id === context.selectedScenarioId)
      ? context.selectedScenarioId
      : (scenarios[0]?.id ?? null));
  const fileProblems: FileProblem[] = [
    ...context.fileProblems.filter((p) => !p.shipped),
    ...event.problems.map((p) => ({ ...p, shipped: true })),
  ];
  return { scenarios, selectedScenarioId, fileProblems };
}

/** The shipped file the current run's scenario was read from, if it is one of the changed files. */
function changedRunFile(context: RootContext, event: CatalogUpdate): string | undefined {
  const run = context.run;
  if (!run) return undefined;
  const played = fullScenarioOf(run.scenario);
  const entry = context.scenarios.find((s) => s.scenario === played && !s.fromFile);
  return entry?.file !== undefined && event.changed.includes(entry.file) ? entry.file : undefined;
}

/**
 * What a change to files in scenarios/ does. On the title (`playing` false) the list is refreshed. On the briefing
 * or in a run on a changed file, the game restarts on the new text (same seed and seats, on the briefing), or,
 * when the file is now broken or gone, the run goes on with the last good version and the page says why.
 */
export function updateCatalog(
  context: RootContext,
  event: CatalogUpdate,
  playing: boolean,
): { patch: Partial<RootContext>; restarted: boolean } {
  const patch = mergeCatalog(context, event);
  const file = playing ? changedRunFile(context, event) : undefined;
  if (file === undefined || !context.run) return { patch, restarted: false };
  const fresh = event.entries.find((s) => s.file === file);
  const problem = event.problems.find((p) => p.file === file);
  const note = (kind: LiveNote['kind']): LiveNote => ({
    kind,
    file: shippedPath(file),
    errors: problem?.errors ?? [],
  });
  if (!fresh)
    return { patch: { ...patch, liveNote: note(problem ? 'broken' : 'removed') }, restarted: false };
  const run = context.run;
  const seats = run.seats.length === fresh.scenario.parties.length ? run.seats : [];
  return {
    patch: {
      ...patch,
      run: startRun(fresh, run.seed, seats, context.clockStart, run),
      selectedScenarioId: fresh.id,
      liveNote: note('reloaded'),
    },
    restarted: true,
  };
}
