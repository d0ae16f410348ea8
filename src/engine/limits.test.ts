import { describe, expect, it } from 'vitest';
import { analyse } from './analysis';
import { generatedModel } from './testing/generatedModel';

describe('the analysis at any size', () => {
  it('checks every examined text for the frontier within its work budget', () => {
    const model = generatedModel(6, 4, 8);
    const full = analyse(model);
    expect(full.frontierExamined).toBe(full.examined);
  });

  it('past its work budget, keeps the frontier of the texts of highest welfare it checked, and says how many', () => {
    const model = generatedModel(6, 4, 8);
    const full = analyse(model);
    const cut = analyse(model, { frontierWork: 50_000 });
    expect(cut.frontierExamined).toBeGreaterThan(0);
    expect(cut.frontierExamined).toBeLessThan(cut.examined);
    // What it found is on the true frontier: the texts it checked are those of highest welfare.
    const onFrontier = new Set(full.frontier.map((f) => f.index));
    for (const point of cut.frontier) expect(onFrontier.has(point.index)).toBe(true);
    expect(cut.frontier.length).toBeLessThan(full.frontier.length);
  });
});
