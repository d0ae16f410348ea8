import { type Strings, stringsOf } from '../../../flow/strings';
import type { Scenario } from '../../../scenario/schema';
import { TEXT } from '../../text';

/**
 * The words of the class view: those of the class's scenario (its nouns), which need not be the scenario the
 * code tab has chosen. A live binding, like TEXT: the panel sets it before it builds.
 */
export let CLASS_TEXT: Strings = TEXT;

export function useClassText(scenario: Scenario | undefined): void {
  CLASS_TEXT = scenario ? stringsOf(scenario) : TEXT;
}
