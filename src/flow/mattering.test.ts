import { describe, expect, it } from 'vitest';
import { matteringOf } from './mattering';

describe('how much an issue matters, in words', () => {
  it('says most for the heaviest issue only, then by its share of the weights', () => {
    expect([0.37, 0.28, 0.2, 0.1, 0.05, 0].map((share, i) => matteringOf(share, i === 0))).toEqual([
      'most',
      'much',
      'some',
      'little',
      'little',
      'none',
    ]);
  });
});
