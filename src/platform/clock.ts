/** The wall clock and the seed enter the game here, and only here: everything inside takes them as input. */
export const now = (): number => Date.now();

/** A fresh seed for a new game. */
export function freshSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0]! | 0;
}
