import type { Rules } from '../engine/game';
import { forEachPackage } from '../engine/model';
import { nameText } from '../engine/move';
import { playHeadless } from './headlessGame';
import { BUILT_IN } from './mediators/builtIn';
import type { MediatorFactory } from './mediators/mediator';
import { fixedTextMediator } from './mediators/simple';

/** How often one way of playing brings every delegation to the conference, over consecutive (hashed) seeds. */
export interface CensusRow {
  readonly name: string;
  readonly runs: number;
  readonly dealRate: number;
}

/** The balance bands of docs/negotiation-engine.md, with the families they bound. */
export const BANDS = {
  fixedText: { max: 0.2 },
  threeActions: { max: 0.2 },
  repeat: { max: 0.05 },
  random: { max: 0.2 },
  careful: { min: 0.55, max: 0.8 },
  oracle: { min: 0.95 },
} as const;

export interface Census {
  readonly runs: number;
  readonly seed: number;
  /** Every fixed text, tabled to everyone on the first day and left alone, and the same called at once. */
  readonly fixedTexts: readonly { text: Readonly<Record<string, string>>; wait: number; atOnce: number }[];
  readonly strategies: readonly CensusRow[];
}

function dealRate(rules: Rules, factory: MediatorFactory, runs: number, seed: number): number {
  let deals = 0;
  for (let i = 0; i < runs; i++) if (playHeadless(rules, (seed + i) | 0, factory).outcome.deal) deals++;
  return deals / runs;
}

/** One share of the census, for worker threads: the items whose index is `part` modulo `parts`. */
export interface Slice {
  readonly part: number;
  readonly parts: number;
}

/** The census of a scenario: every fixed text both ways, then every built-in mediator. */
export function census(
  rules: Rules,
  runs: number,
  seed: number,
  textRuns = runs,
  slice: Slice = { part: 0, parts: 1 },
): Census {
  const fixedTexts: Census['fixedTexts'][number][] = [];
  const mine = (n: number) => n % slice.parts === slice.part;
  forEachPackage(rules.model, (pkg, n) => {
    if (!mine(n)) return;
    const text = nameText(rules.model, pkg);
    fixedTexts.push({
      text,
      wait: dealRate(rules, fixedTextMediator(text, false), textRuns, seed),
      atOnce: dealRate(rules, fixedTextMediator(text, true), textRuns, seed),
    });
  });
  const strategies = Object.entries(BUILT_IN)
    .filter((_, n) => mine(n + 1))
    .map(([name, factory]) => ({ name, runs, dealRate: dealRate(rules, factory, runs, seed) }));
  return { runs, seed, fixedTexts, strategies };
}

/** The slices put back together, in the census's own order. */
export function mergeCensus(slices: readonly Census[], order: readonly string[]): Census {
  const first = slices[0]!;
  const key = (t: Readonly<Record<string, string>>) => JSON.stringify(t);
  const texts = slices.flatMap((s) => s.fixedTexts);
  const byName = new Map(slices.flatMap((s) => s.strategies).map((s) => [s.name, s]));
  return {
    runs: first.runs,
    seed: first.seed,
    fixedTexts: [...texts].sort((a, b) =>
      key(a.text) < key(b.text) ? -1 : key(a.text) > key(b.text) ? 1 : 0,
    ),
    strategies: order.flatMap((name) => (byName.has(name) ? [byName.get(name)!] : [])),
  };
}

/** Which bands the census breaks, in words; empty when the scenario is in balance. */
export function bandsBroken(c: Census): string[] {
  const broken: string[] = [];
  const worst = c.fixedTexts.reduce((a, b) =>
    Math.max(b.wait, b.atOnce) > Math.max(a.wait, a.atOnce) ? b : a,
  );
  const worstRate = Math.max(worst.wait, worst.atOnce);
  if (worstRate > BANDS.fixedText.max)
    broken.push(`a fixed text wins ${(worstRate * 100).toFixed(1)}% (at most ${BANDS.fixedText.max * 100}%)`);
  for (const row of c.strategies) {
    const rate = row.dealRate;
    const pct = `${(rate * 100).toFixed(1)}%`;
    if (row.name.startsWith('repeat-') && rate > BANDS.repeat.max)
      broken.push(`${row.name} wins ${pct} (at most 5%)`);
    if (row.name === 'random' && rate > BANDS.random.max) broken.push(`random wins ${pct} (at most 20%)`);
    if (row.name === 'three-actions' && rate > BANDS.threeActions.max)
      broken.push(`three-actions wins ${pct} (at most 20%)`);
    if (row.name === 'careful' && (rate < BANDS.careful.min || rate > BANDS.careful.max))
      broken.push(`careful wins ${pct} (55–80%)`);
    if (row.name === 'oracle' && rate < BANDS.oracle.min) broken.push(`oracle wins ${pct} (at least 95%)`);
  }
  return broken;
}
