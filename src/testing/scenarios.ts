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

/** The text of the shipped Geneva scenario (Node only). */
export function genevaText(): string {
  return readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'geneva-2-2014.yaml'), 'utf8');
}

/** A shipped scenario by its file name in scenarios/ (Node only). */
export function loadShipped(file: string): Scenario {
  return mustLoad(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', file), 'utf8'), file);
}

/** The shipped Geneva scenario, for tests and benchmarks (Node only). */
export function loadGeneva(): Scenario {
  return mustLoad(genevaText(), 'geneva');
}

/**
 * The Geneva file as it was in format version 1: without what version 2 added (meta.kind,
 * mediator.organisation, terms, outcomes).
 */
export function genevaV1Text(): string {
  const text = genevaText();
  const v1 = text
    .replace(/^schemaVersion: 2$/m, 'schemaVersion: 1')
    .replace(/^ {2}kind: historical\n/m, '')
    .replace(/^ {2}organisation: .*\n/m, '')
    .replace(/^terms:\n(?: {2}.*\n)+\n/m, '')
    .replace(/^outcomes:\n(?: {2,}.*\n)+\n/m, '');
  if (/^(terms|outcomes):|^ {2}(kind|organisation):|^schemaVersion: 2/m.test(v1))
    throw new Error('the Geneva file no longer has the shape genevaV1Text expects');
  return v1;
}

/** The three-valley fixture written in format version 2: the same scenario, said to be historical. */
export function fixtureV2Text(): string {
  return FIXTURE_SCENARIO.replace('schemaVersion: 1\n', 'schemaVersion: 2\n').replace(
    '  title: Three valleys, one river\n',
    '  title: Three valleys, one river\n  kind: historical\n',
  );
}

export function loadMinimal(): Scenario {
  return mustLoad(MINIMAL_SCENARIO, 'minimal');
}

/** The three-valley fixture (see fixtureScenario.ts): the scenario most engine and flow tests play. */
export function loadFixture(): Scenario {
  return mustLoad(FIXTURE_SCENARIO, 'fixture');
}
