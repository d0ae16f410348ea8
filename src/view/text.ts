import { NEUTRAL_STRINGS, type Strings, stringsOf } from '../flow/strings';
import type { Scenario } from '../scenario/schema';

/**
 * The strings of the scenario on screen (flow/strings: one table per language, with the scenario's nouns).
 * A live binding: the screens read `TEXT` when they are built, after `useScenarioText` has switched it.
 */
export let TEXT: Strings = NEUTRAL_STRINGS;

export function useScenarioText(scenario: Scenario | undefined): void {
  TEXT = scenario ? stringsOf(scenario) : NEUTRAL_STRINGS;
}
