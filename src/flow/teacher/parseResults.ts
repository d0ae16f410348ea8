import { parseResult, type ResultWords } from '../resultFile';
import type { ScenarioEntry } from '../runContext';
import { NEUTRAL_STRINGS } from '../strings';
import { checkResultFile, type ParsedSource, type ReadFile, type ResultSource } from './classResults';

/**
 * Result files read against their schema: the page fetches this (and the schema library) only when a teacher
 * opens files, then hands the class view what it read.
 */
export function parseSource(source: ResultSource, words: ResultWords = NEUTRAL_STRINGS.result): ParsedSource {
  const read =
    source.text === null ? { ok: false as const, problem: words.tooLarge } : parseResult(source.text, words);
  return { ...source, read };
}

export function parsedSources(sources: readonly ResultSource[]): ParsedSource[] {
  return sources.map((source) => parseSource(source));
}

/** Reads one file and checks it against the scenarios this copy has: never throws. */
export function readResultFile(
  source: ResultSource,
  scenarios: readonly ScenarioEntry[],
  words: ResultWords = NEUTRAL_STRINGS.result,
): ReadFile {
  return checkResultFile(parseSource(source, words), scenarios);
}
