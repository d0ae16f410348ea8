import { loadCheckedScenario } from '../engine/checkScenario';
import type { ScenarioEntry } from '../flow/rootMachine';
import type { Diagnostic } from '../scenario/diagnostic';
import type { LoadNotes } from '../scenario/loader';

export interface CatalogProblem {
  readonly file: string;
  readonly errors: readonly Diagnostic[];
  readonly report: LoadNotes;
}

export interface Catalog {
  entries: ScenarioEntry[];
  problems: CatalogProblem[];
}

export const fileOf = (path: string) => path.split('/').pop() ?? path;

/**
 * Scenario files' texts, by path, checked by the same loader as authors' files: what the game ships (Vite reads
 * the files at build time) and what the class server reads from disk.
 */
export function catalogOf(texts: Record<string, unknown>): Catalog {
  const entries: ScenarioEntry[] = [];
  const problems: CatalogProblem[] = [];
  for (const [path, text] of Object.entries(texts)) {
    const file = fileOf(path);
    if (file === 'scenario.schema.json') continue;
    const result = loadCheckedScenario(String(text), file);
    const report = { warnings: result.warnings, notes: result.notes, counts: result.counts };
    if (result.ok) entries.push({ id: result.scenario.meta.id, scenario: result.scenario, file, report });
    else problems.push({ file, errors: result.errors, report });
  }
  entries.sort((a, b) => a.scenario.meta.title.localeCompare(b.scenario.meta.title));
  return { entries, problems };
}
