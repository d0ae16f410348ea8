import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from './layerRules';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('layer rule', () => {
  it('holds for every source file in src/', () => {
    const violations = sourceFiles(join(root, 'src')).flatMap((path) =>
      checkFile(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(violations.map((v) => `${v.file}:${v.line} ${v.message}`)).toEqual([]);
  });

  it('catches a pure layer importing a renderer, audio or state library', () => {
    for (const pkg of ['phaser', 'howler', 'xstate']) {
      const found = checkFile('src/engine/x.ts', `import { a } from '${pkg}';`);
      expect(found.map((v) => v.message)).toEqual([`src/engine must not import '${pkg}'`]);
    }
    expect(checkFile('src/agents/x.ts', `const P = await import('phaser');`)).toHaveLength(1);
  });

  it('catches flow importing phaser or howler, but lets it use xstate', () => {
    expect(checkFile('src/flow/x.ts', `import Phaser from 'phaser';`)).toHaveLength(1);
    expect(checkFile('src/flow/x.ts', `import { Howl } from 'howler';`)).toHaveLength(1);
    expect(checkFile('src/flow/x.ts', `import { setup } from 'xstate';`)).toEqual([]);
  });

  it('catches randomness, the wall clock and DOM globals in the pure layers, with line numbers', () => {
    const source = [
      'const a = 1;',
      'const r = Math.random();',
      'const t = Date.now();',
      'window.alert(1);',
    ].join('\n');
    const found = checkFile('src/scenario/x.ts', source);
    expect(found.map((v) => v.line)).toEqual([2, 3, 4]);
    expect(found[0]?.message).toContain('Math.random');
  });

  it('ignores comments, and allows the same calls outside the pure layers', () => {
    expect(checkFile('src/engine/x.ts', '// Math.random() is banned here\n/* window.x */')).toEqual([]);
    expect(checkFile('src/view/x.ts', 'const r = Math.random(); window.alert(1);')).toEqual([]);
  });

  it('catches imports pointing outward', () => {
    const found = checkFile('src/engine/x.ts', `import { a } from '../flow/rootMachine';`);
    expect(found.map((v) => v.message)).toEqual([
      'src/engine must not import from src/flow (imports point inward)',
    ]);
    expect(checkFile('src/view/x.ts', `import { a } from '../flow/rootMachine';`)).toEqual([]);
  });
});
