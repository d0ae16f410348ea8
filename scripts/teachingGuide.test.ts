import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../src/scenario/loader';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the lesson guide (docs/teaching.md)', () => {
  const guide = read('docs/teaching.md');

  it('quotes each shipped scenario’s debrief questions as the debrief words them', () => {
    for (const file of ['geneva-2-2014.yaml', 'halvane-basin-2041.yaml']) {
      const loaded = loadScenario(read(join('scenarios', file)), file);
      if (!loaded.ok) throw new Error(`${file} should load`);
      const questions = loaded.scenario.debrief.questions ?? [];
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) expect(guide).toContain(question);
    }
  });

  it('covers the five ideas and both lesson plans, and the README points to it', () => {
    for (const heading of [
      '## What students learn',
      '### One lesson (50 minutes)',
      '### Two lessons',
      '## Debrief questions',
    ])
      expect(guide).toContain(heading);
    for (const idea of [
      'Walk-away values',
      'Zone of agreement',
      'Pareto efficiency',
      'Sequencing',
      'Linkage',
    ])
      expect(guide).toContain(`**${idea}**`);
    expect(read('README.md')).toContain('docs/teaching.md');
  });
});
