import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from './layerRules';

const root = join(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Which of these sources Biome refuses as an import across layers, each as if it stood at its path: the files go
 * into a scratch project that has this project's biome.json, so the rule under test is the real one.
 */
function refusedImports(files: Record<string, string>): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'envoy-layers-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(scratch, dirname(path)), { recursive: true });
    writeFileSync(join(scratch, path), source);
  }
  const run = spawnSync(biome, ['lint', '--max-diagnostics=200', ...Object.keys(files)], {
    cwd: scratch,
    encoding: 'utf8',
  });
  rmSync(scratch, { recursive: true, force: true });
  const output = `${run.stdout}${run.stderr}`;
  return Object.keys(files).filter((path) =>
    new RegExp(`${path.replace(/[.]/g, '\\.')}:\\d+:\\d+ lint/style/noRestrictedImports`).test(output),
  );
}

describe('purity of engine, agents and scenario', () => {
  it('holds for every source file in src/', () => {
    const violations = sourceFiles(join(root, 'src')).flatMap((path) =>
      checkFile(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(violations.map((v) => `${v.file}:${v.line} ${v.message}`)).toEqual([]);
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
});

describe('imports point inward (Biome, biome.json)', () => {
  it('refuses an inner layer importing an outer one, a renderer, a sound or state library, or Node', () => {
    const outward: Record<string, string> = {
      'src/engine/a.ts': "import { a } from '../flow/rootMachine';\nexport const u = [a];\n",
      'src/engine/b.ts': "import Phaser from 'phaser';\nexport const u = [Phaser];\n",
      'src/agents/c.ts': "import { setup } from 'xstate';\nexport const u = [setup];\n",
      'src/scenario/d.ts':
        "import { compileModel } from '../engine/model';\nexport const u = [compileModel];\n",
      'src/scenario/e.ts': "import { readFileSync } from 'node:fs';\nexport const u = [readFileSync];\n",
      'src/flow/f.ts': "import { Howl } from 'howler';\nexport const u = [Howl];\n",
      'src/flow/g.ts': "import { h } from '../view/dom/h';\nexport const u = [h];\n",
      'src/audio/i.ts': "import { h } from '../view/dom/h';\nexport const u = [h];\n",
    };
    const inward: Record<string, string> = {
      'src/view/j.ts': "import { setup } from 'xstate';\nexport const u = [setup];\n",
      'src/flow/k.ts': "import { setup } from 'xstate';\nexport const u = [setup];\n",
      'src/engine/l.ts': "import type { Scenario } from '../scenario/schema';\nexport type S = Scenario;\n",
      'src/engine/m.test.ts': "import { readFileSync } from 'node:fs';\nexport const u = [readFileSync];\n",
    };
    expect(refusedImports({ ...outward, ...inward }).sort()).toEqual(Object.keys(outward).sort());
  });
});
