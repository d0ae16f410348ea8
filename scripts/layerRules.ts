/**
 * The import rule of the architecture: pure layers stay pure, and imports point inward only.
 * view/audio → flow → agents → engine; scenario beside engine; platform is usable by the outer layers.
 */
export type Layer = 'engine' | 'agents' | 'scenario' | 'flow' | 'view' | 'audio' | 'platform';

const mayImport: Record<Layer, readonly Layer[]> = {
  engine: ['engine', 'scenario'],
  scenario: ['scenario', 'engine'],
  agents: ['agents', 'engine', 'scenario'],
  flow: ['flow', 'agents', 'engine', 'scenario', 'platform'],
  audio: ['audio', 'flow', 'agents', 'engine', 'scenario', 'platform'],
  view: ['view', 'audio', 'flow', 'agents', 'engine', 'scenario', 'platform'],
  platform: ['platform', 'flow', 'engine', 'scenario', 'agents'],
};

const pureLayers: readonly Layer[] = ['engine', 'agents', 'scenario'];
const forbiddenPackages: Record<Layer, readonly string[]> = {
  engine: ['phaser', 'howler', 'xstate'],
  agents: ['phaser', 'howler', 'xstate'],
  scenario: ['phaser', 'howler', 'xstate'],
  flow: ['phaser', 'howler'],
  audio: ['phaser'],
  view: [],
  platform: ['phaser', 'howler'],
};

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
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

function resolveRelative(file: string, spec: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
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
  for (const match of source.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? '';
    const line = lineOf(source, match.index ?? 0);
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (forbiddenPackages[layer].includes(pkg ?? '')) {
      violations.push({ file, line, message: `src/${layer} must not import '${pkg}'` });
    }
    if (pureLayers.includes(layer) && spec.startsWith('node:')) {
      violations.push({ file, line, message: `src/${layer} must not import Node built-in '${spec}'` });
    }
    if (spec.startsWith('.')) {
      const target = layerOf(resolveRelative(file, spec));
      if (target && !mayImport[layer].includes(target)) {
        violations.push({
          file,
          line,
          message: `src/${layer} must not import from src/${target} (imports point inward)`,
        });
      }
    }
  }
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
