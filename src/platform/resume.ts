import { replayInto, replayRun } from '../flow/replay';
import type { RootActor, SaveProblem, ScenarioEntry } from '../flow/rootMachine';
import { loadScenario } from '../scenario/loader';
import type { SaveFile, SaveRead } from './save';

export type ResumePlan =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'resume'; readonly save: SaveFile; readonly scenarios: readonly ScenarioEntry[] }
  | { readonly kind: 'problem'; readonly problem: SaveProblem; readonly raw: string };

/** The scenario a save was made with, taken from its snapshot when the catalog no longer has it (a file opened from disk). */
function scenarioFromSnapshot(save: SaveFile): ScenarioEntry | null {
  const scenario = (save.snapshot as { context?: { run?: { scenario?: unknown } } } | null)?.context?.run
    ?.scenario;
  if (!scenario) return null;
  const loaded = loadScenario(JSON.stringify(scenario), save.scenarioId);
  return loaded.ok ? { id: save.scenarioId, scenario: loaded.scenario } : null;
}

/**
 * Decides what to do with the save before the game starts. A save resumes only if its moves replay by today's
 * rules to the game it recorded; otherwise the player is told why and chooses what to do.
 */
export function planResume(read: SaveRead, catalog: readonly ScenarioEntry[]): ResumePlan {
  if (read.kind === 'none') return { kind: 'fresh' };
  if (read.kind === 'problem') return { kind: 'problem', problem: read.problem, raw: read.raw };
  const { save } = read;
  const known = catalog.some((s) => s.id === save.scenarioId);
  const extra = known ? null : scenarioFromSnapshot(save);
  const scenarios = extra ? [...catalog, extra] : catalog;
  const replayed = replayRun(scenarios, save);
  const raw = JSON.stringify(save);
  if (!replayed.ok) {
    return {
      kind: 'problem',
      raw,
      problem: {
        what: 'Your saved game no longer matches this version of the game.',
        detail: replayed.reason,
      },
    };
  }
  const recorded = (save.snapshot as { context?: { run?: { game?: unknown } } } | null)?.context?.run?.game;
  if (recorded !== undefined && JSON.stringify(recorded) !== JSON.stringify(replayed.run.game)) {
    return {
      kind: 'problem',
      raw,
      problem: {
        what: 'Your saved game no longer matches this version of the game.',
        detail: 'its moves replay to a different game under the current rules',
      },
    };
  }
  return { kind: 'resume', save, scenarios };
}

/** Puts the actor, now on the title screen, back where the save left it. */
export function resumeInto(actor: RootActor, save: SaveFile): void {
  replayInto(actor, save);
}
