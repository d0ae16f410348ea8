import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { loadScenario } from './loader';
import { MINIMAL_SCENARIO } from './testing/minimalScenario';

const withShort = (lastDay: string) =>
  MINIMAL_SCENARIO.replace('  actionsPerDay: 2\n', `  actionsPerDay: 2\n  short:\n    lastDay: ${lastDay}\n`);

describe('a scenario’s short game (calendar.short)', () => {
  it('is read when its last day falls before the full game’s', () => {
    const start = /start: (\S+)/.exec(MINIMAL_SCENARIO)![1]!;
    const loaded = loadScenario(withShort(start), 'short.yaml');
    expect(loaded.ok && loaded.scenario.calendar.short).toEqual({ lastDay: start });
  });

  it('is refused, at its line, when it would not be shorter (the full game ends the day before the conference)', () => {
    const conference = /conference: (\S+)/.exec(MINIMAL_SCENARIO)![1]!;
    const dayBefore = new Date(Date.parse(conference) - 86_400_000).toISOString().slice(0, 10);
    const loaded = loadScenario(withShort(dayBefore), 'short.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const text = loaded.errors.map(formatDiagnostic).join('\n');
    expect(text).toMatch(/short\.yaml:\d+:\d+ .*calendar\.short\.lastDay/);
    expect(text).toContain('so the short game is shorter');
  });
});
