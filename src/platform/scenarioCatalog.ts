import { loadCheckedScenario } from '../engine/checkScenario';
import type { ScenarioEntry } from '../flow/rootMachine';
import type { Diagnostic } from '../scenario/diagnostic';
import type { LoadNotes } from '../scenario/loader';

export interface CatalogProblem {
  readonly file: string;
  readonly errors: readonly Diagnostic[];
  readonly report: LoadNotes;
}

/** The scenarios shipped in scenarios/, checked by the same loader as authors' files. */
export function shippedScenarios(): { entries: ScenarioEntry[]; problems: CatalogProblem[] } {
  const files = import.meta.glob('../../scenarios/*.{yaml,yml,json}', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const entries: ScenarioEntry[] = [];
  const problems: CatalogProblem[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = path.split('/').pop() ?? path;
    if (file === 'scenario.schema.json') continue;
    const result = loadCheckedScenario(String(text), file);
    const report = { warnings: result.warnings, notes: result.notes, counts: result.counts };
    if (result.ok) entries.push({ id: result.scenario.meta.id, scenario: result.scenario, report });
    else problems.push({ file, errors: result.errors, report });
  }
  entries.sort((a, b) => a.scenario.meta.title.localeCompare(b.scenario.meta.title));
  return { entries, problems };
}
