/**
 * The purity half of the architecture's rule: engine, agents and scenario draw no randomness, read no clock and
 * touch no DOM (the seed, the clock and the data are passed in). Which layer may import which is Biome's
 * `noRestrictedImports` (biome.json), and import cycles are Biome's `noImportCycles`.
 */
export type Layer = 'engine' | 'agents' | 'scenario' | 'flow' | 'view' | 'audio' | 'platform';

const pureLayers: readonly Layer[] = ['engine', 'agents', 'scenario'];

const impurePattern =
  /\bMath\.random\s*\(|\bDate\.now\s*\(|\bnew Date\s*\(\s*\)|\b(?:window|document|localStorage|sessionStorage|navigator|performance)\s*[.[]/g;

export interface Violation {
  file: string;
  line: number;
  message: string;
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

function stripComments(source: string): string {
  // Keep line numbers: replace comment text with spaces.
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
}

export function layerOf(file: string): Layer | undefined {
  const match = /(?:^|\/)src\/(engine|agents|scenario|flow|view|audio|platform)\//.exec(file);
  return match?.[1] as Layer | undefined;
}

/** Checks one source file of `src/` against the rule; `file` is its path from the repository root. */
export function checkFile(file: string, rawSource: string): Violation[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const source = stripComments(rawSource);
  const violations: Violation[] = [];
  if (pureLayers.includes(layer)) {
    for (const match of source.matchAll(impurePattern)) {
      violations.push({
        file,
        line: lineOf(source, match.index ?? 0),
        message: `src/${layer} must not use '${match[0].replace(/\s*[.[(]$/, '')}': pass the seed, clock or data in`,
      });
    }
  }
  return violations;
}
