import { describe, expect, it } from 'vitest';
import { accentOf, contrastWithWhite } from './accent';

describe('the scenario’s accent colour', () => {
  it('keeps a dark colour as it is and deepens a light one until white text reads on it', () => {
    expect(accentOf('#1f3a5f').deep).toBe('#1f3a5f');
    for (const colour of ['#5b92e5', '#4f86a8', '#ffee88', '#ffffff', '#00ff00']) {
      const { accent, deep } = accentOf(colour);
      expect(accent).toBe(colour);
      expect(contrastWithWhite(deep)).toBeGreaterThanOrEqual(5);
    }
  });
});
