import type { Scenario } from '../scenario/schema';

/**
 * A scenario compiled to indexed arrays, so scoring a package is a few array reads.
 * A package is one option index per issue (the mediator's single negotiating text).
 */
export type Package = readonly number[];

export interface PartyModel {
  readonly id: string;
  /** Issue weights normalised to sum to 1. */
  readonly weights: readonly number[];
  /** points[issue][option], 0–100; an option the scenario leaves unscored counts as 0. */
  readonly points: readonly (readonly number[])[];
  /** redLine[issue][option]: true when the party never accepts that option. */
  readonly redLine: readonly (readonly boolean[])[];
  readonly walkAway: number;
}

export interface Model {
  readonly issueIds: readonly string[];
  readonly optionIds: readonly (readonly string[])[];
  readonly parties: readonly PartyModel[];
  readonly statusQuo: Package;
}

export function compileModel(scenario: Scenario): Model {
  const issueIds = scenario.issues.map((issue) => issue.id);
  const optionIds = scenario.issues.map((issue) => issue.options.map((option) => option.id));
  const parties = scenario.parties.map((party): PartyModel => {
    const raw = scenario.issues.map((issue) =>
      Object.hasOwn(party.weights, issue.id) ? party.weights[issue.id]!.weight : 0,
    );
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    return {
      id: party.id,
      weights: raw.map((w) => w / total),
      points: scenario.issues.map((issue) => {
        const values = Object.hasOwn(party.values, issue.id) ? party.values[issue.id]! : {};
        return issue.options.map((option) =>
          Object.hasOwn(values, option.id) ? values[option.id]!.points : 0,
        );
      }),
      redLine: scenario.issues.map((issue) =>
        issue.options.map((option) =>
          party.redLines.some((line) => line.issue === issue.id && line.option === option.id),
        ),
      ),
      walkAway: party.walkAway.value,
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

/** The party's utility for a package, 0–100: its weighted sum of option points. */
export function utility(party: PartyModel, pkg: Package): number {
  let total = 0;
  for (let i = 0; i < pkg.length; i++) total += party.weights[i]! * party.points[i]![pkg[i]!]!;
  return total;
}

export function crossesRedLine(party: PartyModel, pkg: Package): boolean {
  for (let i = 0; i < pkg.length; i++) if (party.redLine[i]![pkg[i]!]) return true;
  return false;
}

/** Acceptable to the party at its walk-away value: no red line crossed and utility at or above walk-away. */
export function clearsWalkAway(party: PartyModel, pkg: Package, walkAway = party.walkAway): boolean {
  return !crossesRedLine(party, pkg) && utility(party, pkg) >= walkAway;
}

export function packageCount(model: Model): number {
  return model.optionIds.reduce((n, options) => n * options.length, 1);
}

/** Calls `visit` with every package, in lexicographic order; the array is reused, copy it to keep it. */
export function forEachPackage(model: Model, visit: (pkg: Package) => void): void {
  const sizes = model.optionIds.map((options) => options.length);
  const pkg = sizes.map(() => 0);
  const count = packageCount(model);
  for (let n = 0; n < count; n++) {
    visit(pkg);
    for (let i = sizes.length - 1; i >= 0; i--) {
      pkg[i]!++;
      if (pkg[i]! < sizes[i]!) break;
      pkg[i] = 0;
    }
  }
}
