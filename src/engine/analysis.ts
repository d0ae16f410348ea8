import {
  forEachPackage,
  type Model,
  type Package,
  packageAt,
  packageCount,
  redLineCrossed,
  utility,
} from './model';
import { nextFloat, type RngState, seedStreams } from './rng';

/**
 * Outcome-space analysis, as GENIUS and NegMAS compute it (see docs/negotiation-engine.md):
 * - Pareto frontier: packages no other package beats for every party (ties allowed, one strict gain needed).
 * - Nash bargaining point: the package maximising Π(uᵢ − rᵢ) over packages every party accepts (uᵢ ≥ rᵢ, no red line).
 * - Kalai–Smorodinsky (NegMAS "ks"): among acceptable packages, gains proportional to each party's best possible
 *   gain, i.e. maximising minᵢ (uᵢ − rᵢ)/(bestᵢ − rᵢ).
 * - Egalitarian point (GENIUS "Kalai", NegMAS "kalai"): maximising the smallest gain minᵢ (uᵢ − rᵢ).
 * - Maximum welfare: maximising Σ uᵢ over all packages.
 * rᵢ is the walk-away value; bestᵢ the most party i gets from any acceptable package.
 */

/** Packages beyond this are sampled rather than enumerated, and the analysis says so. */
export const ENUMERATION_LIMIT = 1_100_000;
export const SAMPLE_SIZE = 200_000;
/**
 * The most work the frontier search may do, in party-by-party comparisons of a package with a frontier point
 * (about as much as a generated scenario of 1,048,576 texts and 3 parties needs, a second or so). Many
 * parties make most packages Pareto-optimal, so the search grows with the square of the packages: at the
 * schema's limits (8 parties) 200,000 sampled packages would take minutes. Past the budget the frontier is the
 * one found among the packages of highest welfare, and the analysis says how many it checked.
 */
export const FRONTIER_WORK = 600_000_000;

export interface Point {
  readonly index: number;
  readonly package: Package;
  readonly utilities: readonly number[];
}

export interface Analysis {
  readonly parties: number;
  readonly packageCount: number;
  /** True when `examined` is a random sample of the packages, not all of them. */
  readonly sampled: boolean;
  readonly examined: number;
  /**
   * How many of the examined packages, in order of welfare, were checked for the frontier: all of them
   * (`examined`) unless FRONTIER_WORK ran out, when the frontier is that of the packages checked.
   */
  readonly frontierExamined: number;
  /** utilities[k * parties + p]: party p's utility for the k-th examined package. */
  readonly utilities: Float64Array;
  /** Bit p set when the k-th examined package crosses a red line of party p. */
  readonly redLines: Uint32Array;
  /** The package number (lexicographic) of the k-th examined package. */
  readonly packageNumbers: Float64Array;
  readonly walkAways: readonly number[];
  readonly frontier: readonly Point[];
  readonly nash: Point | null;
  readonly kalaiSmorodinsky: Point | null;
  readonly egalitarian: Point | null;
  readonly maxWelfare: Point;
  /** How many examined packages every party accepts at its walk-away value. */
  readonly zoneSize: number;
  /** For each party: examined packages every other party accepts but this one refuses (its veto). */
  readonly vetoes: readonly number[];
  /** The party whose veto removes the most otherwise-acceptable packages, or null when no veto binds. */
  readonly bindingVeto: number | null;
}

export interface AnalysisOptions {
  readonly walkAways?: readonly number[];
  readonly seed?: number;
  readonly limit?: number;
  readonly sampleSize?: number;
  readonly frontierWork?: number;
}

function pickSample(count: number, size: number, seed: number): Float64Array {
  const chosen = new Set<number>();
  let rng: RngState = seedStreams(seed, 1)[0]!;
  while (chosen.size < size) {
    const [value, next] = nextFloat(rng);
    rng = next;
    chosen.add(Math.floor(value * count));
  }
  return Float64Array.from([...chosen].sort((a, b) => a - b));
}

export function analyse(model: Model, options: AnalysisOptions = {}): Analysis {
  const P = model.parties.length;
  const walkAways = options.walkAways ?? model.parties.map((party) => party.walkAway);
  const count = packageCount(model);
  const sampled = count > (options.limit ?? ENUMERATION_LIMIT);
  const numbers = sampled
    ? pickSample(count, options.sampleSize ?? SAMPLE_SIZE, options.seed ?? 1)
    : Float64Array.from({ length: count }, (_, n) => n);
  const N = numbers.length;
  const utilities = new Float64Array(N * P);
  const redLines = new Uint32Array(N);
  const score = (k: number, pkg: Package) => {
    for (let p = 0; p < P; p++) {
      const party = model.parties[p]!;
      utilities[k * P + p] = utility(party, pkg);
      if (redLineCrossed(party, pkg) >= 0) redLines[k]! |= 1 << p;
    }
  };
  if (sampled) for (const [k, n] of numbers.entries()) score(k, packageAt(model, n));
  else forEachPackage(model, (pkg, n) => score(n, pkg));

  const u = (k: number, p: number) => utilities[k * P + p]!;
  const accepts = (k: number, p: number) => (redLines[k]! & (1 << p)) === 0 && u(k, p) >= walkAways[p]!;

  // Pareto frontier: a package can only be dominated by one of higher welfare, so sorting by welfare lets each
  // candidate be checked against the frontier found so far (dominance is transitive).
  const welfare = new Float64Array(N);
  for (let k = 0; k < N; k++) {
    let sum = 0;
    for (let p = 0; p < P; p++) sum += u(k, p);
    welfare[k] = sum;
  }
  const order = Uint32Array.from({ length: N }, (_, k) => k).sort(
    (a, b) => welfare[b]! - welfare[a]! || a - b,
  );
  const frontierIdx: number[] = [];
  const frontierWork = options.frontierWork ?? FRONTIER_WORK;
  let work = 0;
  let frontierExamined = 0;
  for (const k of order) {
    if (work > frontierWork) break;
    frontierExamined++;
    let dominated = false;
    for (const f of frontierIdx) {
      let geq = true;
      let strict = false;
      for (let p = 0; p < P; p++) {
        work++;
        const diff = u(f, p) - u(k, p);
        if (diff < 0) {
          geq = false;
          break;
        }
        if (diff > 0) strict = true;
      }
      if (geq && strict) {
        dominated = true;
        break;
      }
    }
    if (!dominated) frontierIdx.push(k);
  }

  const point = (k: number): Point => ({
    index: numbers[k]!,
    package: packageAt(model, numbers[k]!),
    utilities: Array.from({ length: P }, (_, p) => u(k, p)),
  });

  let zoneSize = 0;
  const vetoes = new Array<number>(P).fill(0);
  const best = new Array<number>(P).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < N; k++) {
    let refusing = -1;
    let refusals = 0;
    for (let p = 0; p < P; p++) {
      if (!accepts(k, p)) {
        refusals++;
        refusing = p;
      }
    }
    if (refusals === 0) {
      zoneSize++;
      for (let p = 0; p < P; p++) best[p] = Math.max(best[p]!, u(k, p));
    } else if (refusals === 1) vetoes[refusing]!++;
  }

  let nashK = -1;
  let nashValue = Number.NEGATIVE_INFINITY;
  let ksK = -1;
  let ksValue = Number.NEGATIVE_INFINITY;
  let egalK = -1;
  let egalValue = Number.NEGATIVE_INFINITY;
  const better = (value: number, current: number, k: number, currentK: number) =>
    value > current + 1e-9 ||
    (Math.abs(value - current) <= 1e-9 && currentK >= 0 && welfare[k]! > welfare[currentK]!);
  for (let k = 0; k < N; k++) {
    let ok = true;
    for (let p = 0; p < P && ok; p++) ok = accepts(k, p);
    if (!ok) continue;
    let product = 1;
    let ratio = Number.POSITIVE_INFINITY;
    let gain = Number.POSITIVE_INFINITY;
    for (let p = 0; p < P; p++) {
      const g = u(k, p) - walkAways[p]!;
      product *= g;
      gain = Math.min(gain, g);
      const span = best[p]! - walkAways[p]!;
      ratio = Math.min(ratio, span > 0 ? g / span : 1);
    }
    if (better(product, nashValue, k, nashK)) [nashK, nashValue] = [k, product];
    if (better(ratio, ksValue, k, ksK)) [ksK, ksValue] = [k, ratio];
    if (better(gain, egalValue, k, egalK)) [egalK, egalValue] = [k, gain];
  }

  const maxVeto = Math.max(...vetoes);
  return {
    parties: P,
    packageCount: count,
    sampled,
    examined: N,
    frontierExamined,
    utilities,
    redLines,
    packageNumbers: numbers,
    walkAways,
    frontier: frontierIdx.map(point),
    nash: nashK >= 0 ? point(nashK) : null,
    kalaiSmorodinsky: ksK >= 0 ? point(ksK) : null,
    egalitarian: egalK >= 0 ? point(egalK) : null,
    maxWelfare: point(order[0]!),
    zoneSize,
    vetoes,
    bindingVeto: maxVeto > 0 ? vetoes.indexOf(maxVeto) : null,
  };
}

/** Euclidean distance, in utility points, from a vector of utilities to the nearest frontier point (0 on it). */
export function distanceToFrontier(analysis: Analysis, utilities: readonly number[]): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const point of analysis.frontier) {
    let sum = 0;
    for (let p = 0; p < utilities.length; p++) {
      const gap = Math.max(0, point.utilities[p]! - utilities[p]!);
      sum += gap * gap;
    }
    nearest = Math.min(nearest, Math.sqrt(sum));
  }
  return nearest;
}

/** How many examined packages every party accepts with these walk-away values (the zone of agreement on a day). */
export function zoneSizeWith(analysis: Analysis, walkAways: readonly number[]): number {
  const P = analysis.parties;
  let size = 0;
  for (let k = 0; k < analysis.examined; k++) {
    if (analysis.redLines[k] !== 0) continue;
    let ok = true;
    for (let p = 0; p < P && ok; p++) ok = analysis.utilities[k * P + p]! >= walkAways[p]!;
    if (ok) size++;
  }
  return size;
}
