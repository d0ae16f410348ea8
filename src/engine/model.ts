import type { ConcessionStyle, Scenario } from '../scenario/schema';

/**
 * A scenario compiled to indexed arrays, so scoring a package is a few array reads.
 * A package is one option index per issue (the mediator's single negotiating text).
 */
export type Package = readonly number[];
export type Weights = readonly number[];
export type Points = readonly (readonly number[])[];

export interface PartyModel {
  readonly id: string;
  readonly index: number;
  /** Issue weights at the start, normalised to sum to 1 (0 on an issue the party does not care about). */
  readonly weights: Weights;
  /**
   * cares[issue]: whether the issue can count for the party at all (a weight, or the top of its range, above 0).
   * An issue it does not care about counts nothing, however news moves it, and the party takes no public position
   * on it.
   */
  readonly cares: readonly boolean[];
  /** points[issue][option], 0–100; an option the scenario leaves unscored counts as 0. */
  readonly points: Points;
  /** The best points on each issue: what the party would get if it wrote the text alone. */
  readonly maxPoints: readonly number[];
  /** redLine[issue][option]: true when the party never accepts that option. */
  readonly redLine: readonly (readonly boolean[])[];
  /** The scenario's walk-away value; each game draws its own within `walkAwayRange`. */
  readonly walkAway: number;
  readonly walkAwayRange: readonly [number, number];
  /** Per issue, the spread of the raw weight a game may draw (both ends equal when the scenario sets none). */
  readonly weightRanges: readonly (readonly [number, number])[];
  /** The time-dependent concession exponent e (Faratin et al. 1998): < 1 holds out, 1 linear, > 1 concedes early. */
  readonly exponent: number;
  readonly trustMediator: number;
  /** Trust in each other party, by party index (50 where the scenario is silent; its own entry is 100). */
  readonly trustParties: readonly number[];
}

export interface Model {
  readonly issueIds: readonly string[];
  readonly optionIds: readonly (readonly string[])[];
  readonly parties: readonly PartyModel[];
  readonly statusQuo: Package;
}

/** Exponents behind the named styles; GENIUS's Boulware agent uses 0.2. */
export const STYLE_EXPONENTS: Record<ConcessionStyle, number> = { boulware: 0.2, linear: 1, conceder: 3 };

export function normaliseWeights(raw: readonly number[]): number[] {
  const total = raw.reduce((a, b) => a + Math.max(0, b), 0);
  return raw.map((w) => (total > 0 ? Math.max(0, w) / total : 1 / raw.length));
}

export function compileModel(scenario: Scenario): Model {
  const issueIds = scenario.issues.map((issue) => issue.id);
  const optionIds = scenario.issues.map((issue) => issue.options.map((option) => option.id));
  const partyIds = scenario.parties.map((party) => party.id);
  const parties = scenario.parties.map((party, index): PartyModel => {
    const raw = scenario.issues.map((issue) =>
      Object.hasOwn(party.weights, issue.id) ? party.weights[issue.id]!.weight : 0,
    );
    const points = scenario.issues.map((issue) => {
      const values = Object.hasOwn(party.values, issue.id) ? party.values[issue.id]! : {};
      return issue.options.map((option) =>
        Object.hasOwn(values, option.id) ? values[option.id]!.points : 0,
      );
    });
    const weightRanges = scenario.issues.map((issue): readonly [number, number] => {
      const w = Object.hasOwn(party.weights, issue.id) ? party.weights[issue.id]! : undefined;
      return [w?.range?.min ?? w?.weight ?? 0, w?.range?.max ?? w?.weight ?? 0];
    });
    return {
      id: party.id,
      index,
      weights: normaliseWeights(raw),
      cares: weightRanges.map(([, hi]) => hi > 0),
      points,
      maxPoints: points.map((row) => Math.max(...row)),
      redLine: scenario.issues.map((issue) =>
        issue.options.map((option) =>
          party.redLines.some((line) => line.issue === issue.id && line.option === option.id),
        ),
      ),
      walkAway: party.walkAway.value,
      walkAwayRange: [
        party.walkAway.range?.min ?? party.walkAway.value,
        party.walkAway.range?.max ?? party.walkAway.value,
      ],
      weightRanges,
      exponent: party.concession.exponent ?? STYLE_EXPONENTS[party.concession.style],
      trustMediator: party.trust.mediator,
      trustParties: partyIds.map((other) =>
        other === party.id
          ? 100
          : Object.hasOwn(party.trust.parties, other)
            ? party.trust.parties[other]!
            : 50,
      ),
    };
  });
  const statusQuo = scenario.issues.map((issue) =>
    Math.max(
      0,
      issue.options.findIndex((option) => option.id === issue.statusQuo),
    ),
  );
  return { issueIds, optionIds, parties, statusQuo };
}

/** A party's utility for a package, 0–100: its weighted sum of option points. */
export function utilityOf(points: Points, weights: Weights, pkg: Package): number {
  let total = 0;
  for (let i = 0; i < pkg.length; i++) total += weights[i]! * points[i]![pkg[i]!]!;
  return total;
}

export function utility(party: PartyModel, pkg: Package): number {
  return utilityOf(party.points, party.weights, pkg);
}

/** The most the party can get from any text, with the given weights. */
export function bestUtility(party: PartyModel, weights: Weights = party.weights): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]! * party.maxPoints[i]!;
  return total;
}

/** The most a party with these points can get from any text, with the given weights. */
export function bestOf(points: Points, weights: Weights): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const row = points[i]!;
    let top = row[0]!;
    for (let o = 1; o < row.length; o++) if (row[o]! > top) top = row[o]!;
    total += weights[i]! * top;
  }
  return total;
}

/**
 * A party's favourite option on each issue, its public position: -1 on an issue it does not care about, where it
 * takes none.
 */
export function favouritesOf(points: Points, cares: readonly boolean[]): number[] {
  return points.map((row, i) => (cares[i] ? row.indexOf(Math.max(...row)) : -1));
}

/** The first issue on which the package crosses one of the party's red lines, or -1. */
export function redLineCrossed(party: PartyModel, pkg: Package): number {
  for (let i = 0; i < pkg.length; i++) if (party.redLine[i]![pkg[i]!]) return i;
  return -1;
}

/** Acceptable to the party at its walk-away value: no red line crossed and utility at or above walk-away. */
export function clearsWalkAway(party: PartyModel, pkg: Package, walkAway = party.walkAway): boolean {
  return redLineCrossed(party, pkg) < 0 && utility(party, pkg) >= walkAway;
}

export function packageCount(model: Model): number {
  return model.optionIds.reduce((n, options) => n * options.length, 1);
}

/** The n-th package in lexicographic order (the last issue varies fastest). */
export function packageAt(model: Model, n: number): number[] {
  const pkg = model.optionIds.map(() => 0);
  let rest = n;
  for (let i = pkg.length - 1; i >= 0; i--) {
    const size = model.optionIds[i]!.length;
    pkg[i] = rest % size;
    rest = Math.floor(rest / size);
  }
  return pkg;
}

/** Calls `visit` with every package, in lexicographic order; the array is reused, copy it to keep it. */
export function forEachPackage(model: Model, visit: (pkg: Package, n: number) => void): void {
  const sizes = model.optionIds.map((options) => options.length);
  const pkg = sizes.map(() => 0);
  const count = packageCount(model);
  for (let n = 0; n < count; n++) {
    visit(pkg, n);
    for (let i = sizes.length - 1; i >= 0; i--) {
      pkg[i]!++;
      if (pkg[i]! < sizes[i]!) break;
      pkg[i] = 0;
    }
  }
}

export function samePackage(a: Package, b: Package): boolean {
  return a.length === b.length && a.every((option, i) => option === b[i]);
}
