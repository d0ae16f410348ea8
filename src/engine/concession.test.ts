import { describe, expect, it } from 'vitest';
import { aspiration } from './concession';
import { STYLE_EXPONENTS } from './model';

describe('the concession curve', () => {
  it('starts at the best and ends at the walk-away value', () => {
    for (const e of Object.values(STYLE_EXPONENTS)) {
      expect(aspiration(0, 90, 40, e)).toBe(90);
      expect(aspiration(1, 90, 40, e)).toBe(40);
    }
  });

  it('holds out for a Boulware party, concedes early for a Conceder', () => {
    const at = (e: number) => aspiration(0.5, 100, 0, e);
    expect(at(STYLE_EXPONENTS.boulware)).toBeGreaterThan(at(STYLE_EXPONENTS.linear));
    expect(at(STYLE_EXPONENTS.linear)).toBeCloseTo(50);
    expect(at(STYLE_EXPONENTS.conceder)).toBeLessThan(at(STYLE_EXPONENTS.linear));
  });

  it('never asks less than the walk-away value', () => {
    expect(aspiration(0.3, 20, 60, 1)).toBe(60);
  });
});
