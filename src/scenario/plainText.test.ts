import { describe, expect, it } from 'vitest';
import { loadScenario } from './loader';
import { MINIMAL_SCENARIO } from './testing/minimalScenario';

describe('scenario text is shown as written', () => {
  it('takes a right-to-left override out of a title, with a warning at its line', () => {
    const text = MINIMAL_SCENARIO.replace(
      'title: Harbour dispute',
      'title: "Harbour \\u202Eetutitsni\\u202C dispute"',
    );
    const result = loadScenario(text, 'rtl.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.meta.title).toBe('Harbour etutitsni dispute');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ path: 'meta.title', line: 4 });
    expect(result.warnings[0]!.message).toMatch(/2 direction control characters were taken out/);
  });

  it('cuts a tall stack of accents to four, and leaves ordinary accents alone', () => {
    const zalgo = `Z${'\u0301'.repeat(12)}ealots`;
    const text = MINIMAL_SCENARIO.replace('name: North Town', `name: "${zalgo}"`).replace(
      'name: South Town',
      'name: "Śląsk Ŏ̈"',
    );
    const result = loadScenario(text, 'marks.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.parties[0]!.name.normalize('NFD')).toBe(`Z${'\u0301'.repeat(4)}ealots`);
    expect(result.scenario.parties[1]!.name).toBe('Śląsk Ŏ̈');
    expect(result.warnings.map((w) => w.path)).toEqual(['parties[0].name']);
  });
});
