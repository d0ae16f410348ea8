import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixture, loadMinimal } from '../testing/scenarios';
import { analyse, distanceToFrontier, zoneSizeWith } from './analysis';
import { compileModel, type Model, type PartyModel, utility } from './model';
import { generatedModel } from './testing/generatedModel';

const names = (model: Model, pkg: readonly number[]) => pkg.map((o, i) => model.optionIds[i]![o]);

describe('analysis on a scenario small enough to check by hand', () => {
  // North: fees 2/3, berths 1/3; South: 1/2, 1/2. Walk-away 40 each.
  // (low,north) 100/20  (low,south) 73.3/55  (high,north) 33.3/65  (high,south) 6.7/100
  const model = compileModel(loadMinimal());
  const a = analyse(model);

  it('scores every package', () => {
    expect(a.examined).toBe(4);
    expect(a.sampled).toBe(false);
    expect(Array.from(a.utilities).map((u) => Math.round(u * 10) / 10)).toEqual([
      100, 20, 73.3, 55, 33.3, 65, 6.7, 100,
    ]);
  });

  it('finds the frontier, the one acceptable package and the Nash point', () => {
    expect(a.frontier).toHaveLength(4);
    expect(a.zoneSize).toBe(1);
    expect(names(model, a.nash!.package)).toEqual(['low', 'south']);
    expect(names(model, a.kalaiSmorodinsky!.package)).toEqual(['low', 'south']);
    expect(names(model, a.egalitarian!.package)).toEqual(['low', 'south']);
    expect(names(model, a.maxWelfare.package)).toEqual(['low', 'south']);
  });

  it('says whose veto binds: North refuses two texts South accepts, South one', () => {
    expect(a.vetoes).toEqual([2, 1]);
    expect(a.bindingVeto).toBe(0);
  });

  it('measures the zone of agreement for other walk-away values, as on a later day', () => {
    expect(zoneSizeWith(a, [30, 40])).toBe(2);
    expect(zoneSizeWith(a, [90, 90])).toBe(0);
  });
});

describe('analysis of three parties with red lines', () => {
  // The three-valley fixture: its comment tabulates the utilities these expectations come from.
  const model = compileModel(loadFixture());
  const a = analyse(model);

  it('enumerates all 18 texts and finds the three that clear every walk-away and red line', () => {
    expect(a.packageCount).toBe(18);
    expect(a.zoneSize).toBe(3);
  });

  it('puts the Nash point in the zone, on the frontier', () => {
    const nash = a.nash!;
    expect(names(model, nash.package)).toEqual(['small', 'upper-first', 'joint']);
    expect(nash.utilities).toEqual([77.5, 87.5, 65]);
    for (const [p, u] of nash.utilities.entries()) expect(u).toBeGreaterThanOrEqual(a.walkAways[p]!);
    expect(distanceToFrontier(a, nash.utilities)).toBe(0);
    expect(names(model, a.maxWelfare.package)).toEqual(['small', 'shared', 'joint']);
  });

  it('counts a red line as a veto: lower refuses the most texts the others accept', () => {
    expect(a.vetoes).toEqual([3, 2, 4]);
    expect(a.bindingVeto).toBe(2);
  });

  it('measures the status quo as off the frontier: the Nash text is better for all three', () => {
    const statusQuo = model.parties.map((party) => utility(party, model.statusQuo));
    expect(statusQuo).toEqual([75, 50, 25]);
    expect(a.frontier.map((f) => names(model, f.package))).not.toContainEqual([
      'none',
      'upper-first',
      'none',
    ]);
    expect(a.nash!.utilities.every((u, p) => u > statusQuo[p]!)).toBe(true);
    expect(distanceToFrontier(a, statusQuo)).toBeGreaterThan(0);
  });
});

describe('analysis properties', () => {
  const smallModel = fc
    .record({
      issues: fc.integer({ min: 1, max: 4 }),
      options: fc.integer({ min: 2, max: 4 }),
      parties: fc.integer({ min: 2, max: 4 }),
      seed: fc.integer(),
    })
    .map(({ issues, options, parties, seed }) => generatedModel(issues, options, parties, seed));

  it('no frontier point is dominated, and every other package is dominated by one', () => {
    fc.assert(
      fc.property(smallModel, (model) => {
        const a = analyse(model);
        const P = a.parties;
        const vec = (k: number) => Array.from({ length: P }, (_, p) => a.utilities[k * P + p]!);
        const dominates = (x: number[], y: readonly number[]) =>
          x.every((v, p) => v >= y[p]!) && x.some((v, p) => v > y[p]!);
        const frontierSet = new Set(a.frontier.map((f) => f.index));
        for (let k = 0; k < a.examined; k++) {
          const dominatedBySomeone = Array.from({ length: a.examined }, (_, j) => j).some((j) =>
            dominates(vec(j), vec(k)),
          );
          expect(dominatedBySomeone).toBe(!frontierSet.has(k));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('samples above the enumeration limit, and says so', () => {
    const model = generatedModel(12, 4, 3);
    const a = analyse(model, { limit: 10_000, sampleSize: 2_000 });
    expect(a.packageCount).toBe(4 ** 12);
    expect(a.sampled).toBe(true);
    expect(a.examined).toBe(2_000);
  });

  it('treats a red line as a refusal whatever the points', () => {
    const model = generatedModel(2, 2, 2, 3, 0);
    const party = model.parties[0]!;
    const redLined: PartyModel = {
      ...party,
      redLine: [
        [true, false],
        [false, false],
      ],
    };
    const a = analyse({ ...model, parties: [redLined, model.parties[1]!] });
    expect(a.zoneSize).toBe(2);
    expect(a.nash!.package[0]).toBe(1);
  });
});
