import { gameDigest } from '../engine/digest';
import { compileText } from '../engine/move';
import { rebuildRun } from '../flow/rebuild';
import type { SaveProblem } from '../flow/rootContext';
import { rulesOf } from '../flow/rulesOf';
import type { RunContext, ScenarioEntry } from '../flow/runContext';
import { updateRun } from '../flow/runRecord';
import type { Screen } from '../flow/screen';
import { NEUTRAL_STRINGS } from '../flow/strings';
import { loadScenario } from '../scenario/loader';
import { parseSave, type SaveFile } from './save';
import type { StoredSaves } from './saveSlots';

export interface Restored {
  readonly run: RunContext;
  readonly screen: Screen;
  readonly savedAt: number;
  /** Said once to the player: the save was brought up to date, say. */
  readonly note?: string;
  /** A scenario the save carried (opened from a file), to list beside the shipped ones. */
  readonly extra?: ScenarioEntry;
}

export type ResumePlan =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'resume'; readonly restored: Restored }
  | { readonly kind: 'problem'; readonly problem: SaveProblem; readonly raw: string };

const NO_MATCH = NEUTRAL_STRINGS.save.noMatch;

/** The scenario the save was played with: the one it carries (a file), else the shipped one of that id. */
function scenarioFor(save: SaveFile, catalog: readonly ScenarioEntry[]): ScenarioEntry | string {
  if (save.scenario !== undefined) {
    const loaded = loadScenario(JSON.stringify(save.scenario), save.scenarioTitle);
    if (!loaded.ok) return `the scenario it carries no longer loads: ${loaded.errors[0]?.message ?? ''}`;
    const shipped = catalog.find((s) => s.id === save.scenarioId && !s.fromFile);
    if (shipped && JSON.stringify(shipped.scenario) === JSON.stringify(loaded.scenario)) return shipped;
    return { id: save.scenarioId, scenario: loaded.scenario, fromFile: save.scenarioTitle };
  }
  return (
    catalog.find((s) => s.id === save.scenarioId) ??
    `the scenario "${save.scenarioId}" (${save.scenarioTitle}) is not one this game has`
  );
}

/** Rebuilds a parsed save into the run and screen it recorded, or says exactly why it cannot. */
export function restore(
  save: SaveFile,
  catalog: readonly ScenarioEntry[],
): { ok: true; restored: Restored } | { ok: false; problem: SaveProblem } {
  const entry = scenarioFor(save, catalog);
  if (typeof entry === 'string') return { ok: false, problem: { what: NO_MATCH, detail: entry } };
  const rebuilt = rebuildRun(entry, save);
  if (!rebuilt.ok) return { ok: false, problem: { what: NO_MATCH, detail: rebuilt.reason } };
  if (gameDigest(rebuilt.run.game) !== save.check.digest) {
    return {
      ok: false,
      problem: { what: NO_MATCH, detail: 'its moves lead to a different game under the current rules' },
    };
  }
  const model = rulesOf(entry.scenario).model;
  const text = compileText(model, save.draft.text);
  const parties = save.draft.parties
    .map((id) => model.parties.findIndex((p) => p.id === id))
    .filter((p) => p >= 0);
  const run = updateRun(rebuilt.run, {
    draft: { text: text.ok ? text.value : rebuilt.run.draft.text, parties },
  });
  return {
    ok: true,
    restored: {
      run,
      screen: save.screen,
      savedAt: save.savedAt,
      ...(entry.fromFile ? { extra: entry } : {}),
    },
  };
}

function planOne(raw: string | null, catalog: readonly ScenarioEntry[]): ResumePlan {
  if (raw === null) return { kind: 'fresh' };
  const read = parseSave(raw);
  if (read.kind === 'none') return { kind: 'fresh' };
  if (read.kind === 'problem') return read;
  const restored = restore(read.save, catalog);
  if (!restored.ok) return { kind: 'problem', problem: restored.problem, raw };
  return {
    kind: 'resume',
    restored: read.note ? { ...restored.restored, note: read.note } : restored.restored,
  };
}

/**
 * What to do with the saves before the game starts: resume the current one if it rebuilds to the game it
 * recorded; otherwise tell the player why, and offer the previous save when that one still rebuilds.
 */
export function planResume(saves: StoredSaves, catalog: readonly ScenarioEntry[]): ResumePlan {
  const current = planOne(saves.current, catalog);
  if (current.kind !== 'problem') return current;
  const previous = planOne(saves.previous, catalog);
  if (previous.kind !== 'resume') return current;
  const { run, screen, savedAt } = previous.restored;
  return { ...current, problem: { ...current.problem, previous: { run, screen, savedAt } } };
}
