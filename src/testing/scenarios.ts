import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../scenario/loader';
import type { Scenario } from '../scenario/schema';
import { MINIMAL_SCENARIO } from '../scenario/testing/minimalScenario';
import { FIXTURE_SCENARIO } from './fixtureScenario';

function mustLoad(text: string, name: string): Scenario {
  const result = loadScenario(text, name);
  if (!result.ok) throw new Error(`${name} should load: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.scenario;
}

/** The shipped Geneva scenario, for tests and benchmarks (Node only). */
export function loadGeneva(): Scenario {
  return mustLoad(
    readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'geneva-2-2014.yaml'), 'utf8'),
    'geneva',
  );
}

export function loadMinimal(): Scenario {
  return mustLoad(MINIMAL_SCENARIO, 'minimal');
}

/** The three-valley fixture (see fixtureScenario.ts): the scenario most engine and flow tests play. */
export function loadFixture(): Scenario {
  return mustLoad(FIXTURE_SCENARIO, 'fixture');
}
