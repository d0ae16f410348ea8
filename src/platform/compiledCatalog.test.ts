import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioTexts } from '../../scripts/vite/shippedCatalog';
import { catalogOf } from './catalogOf';
import { catalogFromJson } from './compiledCatalog';

describe('the shipped catalog as the build checks it', () => {
  const texts = readScenarioTexts(join(import.meta.dirname, '../../scenarios'));

  it('reads every scenario file and leaves out the schema', () => {
    const files = Object.keys(texts);
    expect(files).toContain('scenarios/geneva-2-2014.yaml');
    expect(files).toContain('scenarios/scenario.schema.json');
    expect(catalogOf(texts).entries.map((e) => e.file)).not.toContain('scenario.schema.json');
  });

  it('is, read back in the page, the catalog the loader makes: the same scenarios, reports and problems', () => {
    const checked = catalogOf(texts);
    const shipped = catalogFromJson(JSON.stringify(checked));
    expect(shipped).toStrictEqual(checked);
    expect(shipped.entries.length).toBeGreaterThanOrEqual(2);
    expect(shipped.problems).toEqual([]);
  });

  it('keeps a broken shipped file as a problem, with its place, as the loader reported it', () => {
    const broken = { ...texts, 'scenarios/broken.yaml': 'schemaVersion: 2\nmeta: [' };
    const shipped = catalogFromJson(JSON.stringify(catalogOf(broken)));
    const problem = shipped.problems.find((p) => p.file === 'broken.yaml');
    expect(problem?.errors[0]).toMatchObject({ file: 'broken.yaml', line: 2 });
  });

  it('freezes every scenario, as the loader does, so no screen can change one by mistake', () => {
    const shipped = catalogFromJson(JSON.stringify(catalogOf(texts)));
    const scenario = shipped.entries[0]!.scenario;
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.parties[0])).toBe(true);
    expect(() => {
      (scenario.meta as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });
});
