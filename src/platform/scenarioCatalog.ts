import { type Catalog, catalogOf, fileOf } from './catalogOf';

export type { Catalog, CatalogProblem } from './catalogOf';

/** The raw text of every file in scenarios/, by its path from here (Vite reads them at build time). */
export const scenarioTexts: Record<string, unknown> = import.meta.glob('../../scenarios/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The scenarios shipped in scenarios/, checked by the same loader as authors' files. Here (the dev server) they
 * are read in the page; a build ships them checked (scripts/vite/shippedCatalog.ts), hence the promise.
 */
export async function shippedScenarios(): Promise<Catalog> {
  return catalogOf(scenarioTexts);
}

/** The files added, edited or deleted between two readings of scenarios/. */
export function changedFiles(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => before[path] !== after[path]).map(fileOf);
}

type CatalogListener = (catalog: Catalog, changed: string[]) => void;

/**
 * Dev server only (`npm start`): calls `listener` with the catalog read again, through the same loader, each time
 * files in scenarios/ are added, edited or deleted, instead of reloading the page. Vite hot-updates this module
 * (its glob of scenarios/ changed); the listener lives in `import.meta.hot.data`, which outlasts the update.
 * A production build has no `import.meta.hot`: callers guard with it, and this code is dropped.
 */
export function watchShippedScenarios(listener: CatalogListener): void {
  if (import.meta.hot) import.meta.hot.data.listener = listener;
}

// Vite finds the accepting module by this literal call: `import.meta.hot.accept(` (no alias).
if (import.meta.hot) {
  import.meta.hot.accept((next) => {
    const hot = import.meta.hot!;
    const texts = (next as { scenarioTexts?: Record<string, unknown> } | undefined)?.scenarioTexts;
    // A module that cannot be read again: let Vite reload the page, as it would without this.
    if (!texts) return hot.invalidate();
    const changed = changedFiles(scenarioTexts, texts);
    const listener = hot.data.listener as CatalogListener | undefined;
    if (changed.length > 0) listener?.(catalogOf(texts), changed);
  });
}
