/** How much an issue matters to a party, in words a brief can say: one scale for the printed and the on-screen brief. */
export type Mattering = 'most' | 'much' | 'some' | 'little' | 'none';

/**
 * By the share of the party's weights (0 to 1): its heaviest issue matters most; a quarter or more, much;
 * an eighth or more, some; anything above nothing, a little.
 */
export function matteringOf(share: number, heaviest: boolean): Mattering {
  if (share <= 0) return 'none';
  if (heaviest) return 'most';
  if (share >= 0.25) return 'much';
  if (share >= 0.125) return 'some';
  return 'little';
}
