import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** The game's randomness, in one module: seeded streams kept as plain state, and a stream policies draw from. */

/** A random stream as plain numbers, so it can live in a saved game and replay exactly. */
export type RngState = readonly number[];

/**
 * A seed mixed before use (MurmurHash3's finaliser), so consecutive seeds — 1, 2, 3, as a class or the simulator
 * uses them — start unrelated streams instead of streams whose first draws move together.
 */
export function hashSeed(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** `count` independent streams from one seed: each is the previous one jumped 2^64 draws ahead. */
export function seedStreams(seed: number, count: number): RngState[] {
  const streams: RngState[] = [];
  const generator = xoroshiro128plus(hashSeed(seed));
  for (let i = 0; i < count; i++) {
    streams.push(generator.getState());
    // No jump after the last stream: nothing would draw from it.
    if (i < count - 1) generator.jump();
  }
  return streams;
}

/** A uniform number in [0, 1) and the stream after it. */
export function nextFloat(state: RngState): [number, RngState] {
  const generator = xoroshiro128plusFromState(state);
  const value = uniformFloat64(generator);
  return [value, generator.getState()];
}

/** A whole number in [0, n) and the stream after it. */
export function nextIndex(state: RngState, n: number): [number, RngState] {
  const [value, next] = nextFloat(state);
  return [Math.min(n - 1, Math.floor(value * n)), next];
}

/** A stream a policy draws from; the engine keeps its state in the game so the draws replay exactly. */
export interface Rng {
  next(): number;
  normal(): number;
  readonly state: RngState;
}

/**
 * One generator for the whole turn: draws advance it in place, and `state` reads it back for the game. A class
 * whose draws are closures made in the constructor: `next` and `normal` stay bound (a mediator may pass them on
 * alone), and it is built ten times faster than an object literal with a getter or a class with arrow fields
 * (one is made for every answer).
 */
class Stream implements Rng {
  readonly next: () => number;
  /** A roughly normal number (mean 0, sd 1) from the sum of uniforms: cheap, bounded and deterministic. */
  readonly normal: () => number;
  private readonly generator: ReturnType<typeof xoroshiro128plusFromState>;
  constructor(initial: RngState) {
    const generator = xoroshiro128plusFromState(initial);
    this.generator = generator;
    this.next = () => uniformFloat64(generator);
    this.normal = () => {
      let sum = 0;
      for (let i = 0; i < 6; i++) sum += uniformFloat64(generator);
      return (sum - 3) * Math.SQRT2;
    };
  }
  get state(): RngState {
    return this.generator.getState();
  }
}

export function rngFrom(initial: RngState): Rng {
  return new Stream(initial);
}
