import type { Rules } from '../engine/game';
import { forEachPackage, packageCount } from '../engine/model';
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

/**
 * The census of a scenario: every fixed text both ways, then every built-in mediator. With `maxTexts` below the
 * number of texts, only every k-th text (k = ⌈texts / maxTexts⌉, in package order) is played.
 */
export function census(
  rules: Rules,
  runs: number,
  seed: number,
  textRuns = runs,
  slice: Slice = { part: 0, parts: 1 },
  maxTexts = Number.POSITIVE_INFINITY,
): Census {
  const fixedTexts: Census['fixedTexts'][number][] = [];
  const mine = (n: number) => n % slice.parts === slice.part;
  const stride = textStride(packageCount(rules.model), maxTexts);
  forEachPackage(rules.model, (pkg, n) => {
    if (n % stride !== 0 || !mine(n / stride)) return;
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

/** Every how many texts the census plays one, to play at most `maxTexts` of `count`. */
export function textStride(count: number, maxTexts: number): number {
  return count <= maxTexts ? 1 : Math.ceil(count / Math.max(1, maxTexts));
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

/** One balance band checked against one figure of the census (docs/negotiation-engine.md). */
export interface BandCheck {
  readonly band: keyof typeof BANDS;
  /** The way of playing: a strategy's name, or `fixed text` for the best fixed text. */
  readonly name: string;
  readonly rate: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly pass: boolean;
  /** For the fixed-text band: the text that wins most, and whether it does so called at once. */
  readonly text?: Readonly<Record<string, string>>;
  readonly atOnce?: boolean;
}

function check(band: keyof typeof BANDS, name: string, rate: number): BandCheck {
  const bounds: { min?: number; max?: number } = BANDS[band];
  const min = bounds.min ?? null;
  const max = bounds.max ?? null;
  return { band, name, rate, min, max, pass: (min === null || rate >= min) && (max === null || rate <= max) };
}

const bandOf = (name: string): keyof typeof BANDS | null =>
  name.startsWith('repeat-')
    ? 'repeat'
    : name === 'random'
      ? 'random'
      : name === 'three-actions'
        ? 'threeActions'
        : name === 'careful'
          ? 'careful'
          : name === 'oracle'
            ? 'oracle'
            : null;

/** Every band the census can be checked against, with its figure: the best fixed text, then each mediator. */
export function bandChecks(c: Census): BandCheck[] {
  const checks: BandCheck[] = [];
  if (c.fixedTexts.length > 0) {
    const worst = c.fixedTexts.reduce((a, b) =>
      Math.max(b.wait, b.atOnce) > Math.max(a.wait, a.atOnce) ? b : a,
    );
    const rate = Math.max(worst.wait, worst.atOnce);
    checks.push({
      ...check('fixedText', 'fixed text', rate),
      text: worst.text,
      atOnce: worst.atOnce > worst.wait,
    });
  }
  for (const row of c.strategies) {
    const band = bandOf(row.name);
    if (band) checks.push(check(band, row.name, row.dealRate));
  }
  return checks;
}

/** A band's bounds in words: `at most 20%`, `55–80%`, `at least 95%`. */
export function bandBounds(b: Pick<BandCheck, 'min' | 'max'>): string {
  const pc = (x: number) => `${Math.round(x * 100)}%`;
  if (b.min !== null && b.max !== null) return `${Math.round(b.min * 100)}–${pc(b.max)}`;
  return b.max !== null ? `at most ${pc(b.max)}` : `at least ${pc(b.min ?? 0)}`;
}

/** Which bands the census breaks, in words; empty when the scenario is in balance. */
export function bandsBroken(c: Census): string[] {
  return bandChecks(c)
    .filter((b) => !b.pass)
    .map(
      (b) =>
        `${b.band === 'fixedText' ? 'a fixed text' : b.name} wins ${(b.rate * 100).toFixed(1)}% (${bandBounds(b)})`,
    );
}
