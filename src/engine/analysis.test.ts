import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGeneva, loadMinimal } from '../testing/scenarios';
import { analyse, distanceToFrontier, zoneSizeWith } from './analysis';
import { compileModel, type Model, type PartyModel } from './model';
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

describe('analysis of the Geneva scenario', () => {
  const model = compileModel(loadGeneva());
  const a = analyse(model);

  it('enumerates all 243 texts and finds a zone of agreement', () => {
    expect(a.packageCount).toBe(243);
    expect(a.zoneSize).toBeGreaterThan(0);
    expect(a.zoneSize).toBeLessThan(243 / 4);
  });

  it('puts the Nash point in the zone, on the frontier', () => {
    const nash = a.nash!;
    for (const [p, u] of nash.utilities.entries()) expect(u).toBeGreaterThanOrEqual(a.walkAways[p]!);
    expect(distanceToFrontier(a, nash.utilities)).toBe(0);
    expect(names(model, nash.package)).toContain('accepts-communique');
  });

  it('measures the status quo as off the frontier', () => {
    const statusQuo = model.parties.map((party) =>
      party.points.reduce((s, row, i) => s + party.weights[i]! * row[model.statusQuo[i]!]!, 0),
    );
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
