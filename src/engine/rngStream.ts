import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RngState } from './rng';

/** A stream a policy draws from; the engine keeps its state in the game so the draws replay exactly. */
export interface Rng {
  next(): number;
  normal(): number;
  readonly state: RngState;
}

/** One generator for the whole turn: draws advance it in place, and `state` reads it back for the game. */
export function rngFrom(initial: RngState): Rng {
  const generator = xoroshiro128plusFromState(initial);
  return {
    next: () => uniformFloat64(generator),
    normal() {
      let sum = 0;
      for (let i = 0; i < 6; i++) sum += uniformFloat64(generator);
      return (sum - 3) * Math.SQRT2;
    },
    get state() {
      return generator.getState();
    },
  };
}
