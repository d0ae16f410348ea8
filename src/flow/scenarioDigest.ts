import { textHash } from '../engine/digest';
import type { Scenario } from '../scenario/schema';

const digests = new WeakMap<Scenario, string>();

/** The scenario as written, in eight hex digits: the same id with another digest is another version of its text. */
export function scenarioDigest(scenario: Scenario): string {
  let digest = digests.get(scenario);
  if (digest === undefined) {
    digest = (textHash(JSON.stringify(scenario)) >>> 0).toString(16).padStart(8, '0');
    digests.set(scenario, digest);
  }
  return digest;
}
