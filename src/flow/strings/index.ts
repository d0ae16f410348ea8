import type { Scenario } from '../../scenario/schema';
import { DEFAULT_TERMS, frameOf, type Terms } from '../frame';
import { english, type Strings } from './en';

export type { Strings };

/** The string tables by language: a scenario's `meta.language` picks one, English where none is written yet. */
const TABLES: Readonly<Record<string, (terms: Terms) => Strings>> = { en: english };

export function stringsFor(language: string, terms: Terms): Strings {
  const table = TABLES[language.toLowerCase().split('-')[0]!] ?? english;
  return table(terms);
}

const byScenario = new WeakMap<Scenario, Strings>();

/** The interface's strings for a scenario: its language, with its own nouns. */
export function stringsOf(scenario: Scenario): Strings {
  let strings = byScenario.get(scenario);
  if (!strings) {
    const frame = frameOf(scenario);
    strings = stringsFor(frame.language, frame.terms);
    byScenario.set(scenario, strings);
  }
  return strings;
}

/** Before any scenario is chosen (the loading screen, a failure at start-up). */
export const NEUTRAL_STRINGS: Strings = english(DEFAULT_TERMS);
