import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../scenario/diagnostic';
import { loadScenario } from '../scenario/loader';
import { MINIMAL_SCENARIO } from '../scenario/testing/minimalScenario';
import { loadCheckedScenario } from './checkScenario';

/** line:col of the first character of `token`, found in the text itself. */
function at(text: string, token: string): string {
  const offset = text.indexOf(token);
  if (offset < 0 || text.indexOf(token, offset + 1) >= 0) throw new Error(`not exactly once: ${token}`);
  return `${text.slice(0, offset).split('\n').length}:${offset - text.lastIndexOf('\n', offset - 1)}`;
}

describe('the engine’s analysis of a scenario file', () => {
  const hopeless = MINIMAL_SCENARIO.replaceAll('walkAway: { value: 40,', 'walkAway: { value: 90,');

  it('warns, at the parties, when no text can clear every walk-away', () => {
    const result = loadCheckedScenario(hopeless, 'm.yaml');
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatDiagnostic)).toEqual([
      `m.yaml:${at(hopeless, '- id: north')}  warning  parties: no zone of agreement: no negotiating text clears every party's walk-away value and red lines\n    hint: lower a walk-away value, soften a red line, or give the parties an option they can all live with`,
    ]);
  });

  it('is not the format’s business: the loader alone checks the file, not the negotiation', () => {
    expect(loadScenario(hopeless, 'm.yaml').warnings).toEqual([]);
    expect(loadCheckedScenario(MINIMAL_SCENARIO, 'm.yaml').warnings).toEqual([]);
  });
});
