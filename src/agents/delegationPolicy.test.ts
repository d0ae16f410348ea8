import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DelegationView } from '../engine/answer';
import { normaliseWeights, utilityOf } from '../engine/model';
import { rngFrom, seedStreams } from '../engine/rng';
import { counterProposal } from './counterProposal';
import { delegationPolicy } from './delegationPolicy';

const view = fc
  .record({
    issues: fc.integer({ min: 1, max: 4 }),
    options: fc.integer({ min: 2, max: 3 }),
    seed: fc.integer(),
    time: fc.double({ min: 0, max: 1, noNaN: true }),
    walkAway: fc.integer({ min: 0, max: 100 }),
    trust: fc.integer({ min: 0, max: 100 }),
    exponent: fc.constantFrom(0.2, 1, 3),
    redLines: fc.integer({ min: 0, max: 2 }),
  })
  .chain((c) =>
    fc
      .record({
        rawWeights: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: c.issues, maxLength: c.issues }),
        points: fc.array(
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: c.options, maxLength: c.options }),
          {
            minLength: c.issues,
            maxLength: c.issues,
          },
        ),
        text: fc.array(fc.integer({ min: 0, max: c.options - 1 }), {
          minLength: c.issues,
          maxLength: c.issues,
        }),
        red: fc.array(
          fc.tuple(fc.integer({ min: 0, max: c.issues - 1 }), fc.integer({ min: 0, max: c.options - 1 })),
          {
            maxLength: c.redLines,
          },
        ),
      })
      .map(({ rawWeights, points, text, red }): DelegationView => {
        const weights = normaliseWeights(rawWeights);
        return {
          party: 0,
          text,
          time: c.time,
          weights,
          points,
          redLine: points.map((row, i) => row.map((_, o) => red.some(([ri, ro]) => ri === i && ro === o))),
          walkAway: c.walkAway,
          best: weights.reduce((s, w, i) => s + w * Math.max(...points[i]!), 0),
          exponent: c.exponent,
          trustMediator: c.trust,
          trustParties: [100, 50],
          othersPublicPoints: [null, points.map((row) => row.map((p) => 100 - p))],
          othersConcession: 20,
          engagement: 0.5,
          trustInOthers: 50,
        };
      }),
  );

const rng = (seed: number) => rngFrom(seedStreams(seed, 1)[0]!);
const changes = (a: readonly number[], b: readonly number[]) => a.filter((o, i) => o !== b[i]).length;

describe('the delegation policy', () => {
  it('accepts only texts that clear its walk-away value', () => {
    fc.assert(
      fc.property(view, fc.integer(), (v, seed) => {
        const answer = delegationPolicy(v, rng(seed));
        if (answer.kind === 'accept')
          expect(utilityOf(v.points, v.weights, v.text)).toBeGreaterThanOrEqual(v.walkAway - 1e-9);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a red line', () => {
    fc.assert(
      fc.property(view, fc.integer(), (v, seed) => {
        const crosses = v.text.some((o, i) => v.redLine[i]![o]);
        const answer = delegationPolicy(v, rng(seed));
        if (crosses) {
          expect(answer.kind).not.toBe('accept');
          expect(answer.redLine).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('counters with a text it would accept, changing as few issues as possible; null only when none exists', () => {
    let nulls = 0;
    let counters = 0;
    fc.assert(
      fc.property(view, fc.integer({ min: 0, max: 100 }), (v, target) => {
        // Every text that changes at least one issue, crosses no red line and reaches the target.
        // (At most 4 issues of 3 options: far below the search limit, so the search is exhaustive here.)
        const sizes = v.points.map((row) => row.length);
        const all: number[][] = [[]];
        for (const size of sizes)
          all.splice(0, all.length, ...all.flatMap((p) => Array.from({ length: size }, (_, o) => [...p, o])));
        const admissible = (pkg: readonly number[], slack: number) =>
          changes(pkg, v.text) > 0 &&
          !pkg.some((o, i) => v.redLine[i]![o]) &&
          utilityOf(v.points, v.weights, pkg) >= target + slack;
        const counter = counterProposal(v, target);
        if (counter === null) {
          nulls++;
          expect(all.filter((pkg) => admissible(pkg, 1e-9))).toEqual([]);
          return;
        }
        counters++;
        expect(admissible(counter, -1e-9)).toBe(true);
        // No text with fewer changes would do.
        const fewer = all.filter(
          (pkg) => changes(pkg, v.text) < changes(counter, v.text) && admissible(pkg, 1e-9),
        );
        expect(fewer).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // Both branches ran: a property that never sees a null would prove nothing about it.
    expect(nulls).toBeGreaterThan(0);
    expect(counters).toBeGreaterThan(0);
  });

  it('gives the costliest issues first, in points; asks less, the more the mediator engaged it', () => {
    const v = (engagement: number): DelegationView => ({
      party: 0,
      text: [1, 1, 0],
      time: 1,
      weights: [0.5, 0.3, 0.2],
      points: [
        [100, 0],
        [100, 50],
        [100, 0],
      ],
      redLine: [
        [false, false],
        [false, false],
        [false, false],
      ],
      walkAway: 70,
      best: 100,
      exponent: 1,
      trustMediator: 50,
      trustParties: [100],
      othersPublicPoints: [null],
      othersConcession: 0,
      engagement,
      trustInOthers: 50,
    });
    // The text is worth 0 + 15 + 20 = 35. At the end, never engaged, the party has come only 45% of the way from
    // its best (100) to its walk-away (70): it asks about 86.5, more than the dam alone gives back (85).
    const alone = delegationPolicy(v(0), rng(1));
    expect(alone.kind).toBe('counter');
    expect(alone.costs).toEqual([
      { issue: 0, option: 1, cost: 50 },
      { issue: 1, option: 1, cost: 15 },
    ]);
    expect(alone.aspiration).toBeGreaterThan(85);
    expect(alone.counter).toEqual([0, 0, 0]);
    // Fully engaged, it has come all the way to about its walk-away: the dam alone (85) is enough.
    const engaged = delegationPolicy(v(1), rng(1));
    expect(engaged.kind).toBe('counter');
    expect(engaged.costs).toEqual(alone.costs);
    expect(engaged.aspiration).toBeLessThan(75);
    expect(engaged.counter).toEqual([0, 1, 0]);
  });
});
