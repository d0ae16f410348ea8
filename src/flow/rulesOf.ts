import { compileRules, type Rules } from '../engine/game';
import type { Scenario } from '../scenario/schema';

const compiled = new WeakMap<Scenario, Rules>();

/** The compiled rules of a scenario, made once per scenario object (the run keeps only the plain scenario). */
export function rulesOf(scenario: Scenario): Rules {
  let rules = compiled.get(scenario);
  if (!rules) {
    rules = compileRules(scenario);
    compiled.set(scenario, rules);
  }
  return rules;
}
