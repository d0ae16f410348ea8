import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { loadScenario } from './loader';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const shipped = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json');

describe('every shipped scenario', () => {
  it('is found', () => {
    expect(shipped).toContain('geneva-2-2014.yaml');
    expect(shipped).toContain('halvane-basin-2041.yaml');
  });

  for (const file of shipped) {
    it(`${file} validates with no errors and no warnings`, () => {
      const result = loadScenario(readFileSync(join(dir, file), 'utf8'), file);
      expect([...(result.ok ? [] : result.errors), ...result.warnings].map(formatDiagnostic)).toEqual([]);
    });

    it(`${file} points editors at the schema`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      if (file.endsWith('.json')) expect(text).toMatch(/^\{\s*"\$schema": "\.\/scenario\.schema\.json"/);
      else expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    });
  }
});
