/**
 * A small room for the dry synthesised sounds (a mono Freeverb: eight damped combs, four all-passes). Without
 * it a pad sounds like a test tone and a gavel like a click; with it they sit in a hall.
 */
import { SAMPLE_RATE } from './synth';

export interface Room {
  /** 0..1: how long the room rings (comb feedback 0.7..0.98). */
  readonly size: number;
  /** 0..1: how much the walls soak up the highs. */
  readonly damping: number;
  /** Level of the room against the dry sound. */
  readonly wet: number;
}

// Freeverb's tunings at 44.1 kHz, scaled to our rate.
const COMBS = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
const ALLPASSES = [556, 441, 341, 225];
const scaled = (length: number) => Math.max(1, Math.round((length * SAMPLE_RATE) / 44100));

function wetSignal(input: Float32Array, room: Room): Float32Array {
  const feedback = 0.7 + 0.28 * room.size;
  const damp = 0.4 * room.damping;
  const out = new Float32Array(input.length);
  for (const length of COMBS.map(scaled)) {
    const line = new Float32Array(length);
    let index = 0;
    let store = 0;
    for (let i = 0; i < input.length; i++) {
      const delayed = line[index]!;
      store = delayed * (1 - damp) + store * damp;
      line[index] = input[i]! * 0.015 + store * feedback;
      out[i] = out[i]! + delayed;
      index = (index + 1) % length;
    }
  }
  for (const length of ALLPASSES.map(scaled)) {
    const line = new Float32Array(length);
    let index = 0;
    for (let i = 0; i < out.length; i++) {
      const delayed = line[index]!;
      const x = out[i]!;
      line[index] = x + delayed * 0.5;
      out[i] = delayed - x;
      index = (index + 1) % length;
    }
  }
  return out;
}

/** The sound in the room, with `tail` seconds added for the room to ring out. */
export function reverb(dry: Float32Array, room: Room, tail = 1): Float32Array {
  const input = new Float32Array(dry.length + Math.round(tail * SAMPLE_RATE));
  input.set(dry);
  const wet = wetSignal(input, room);
  return input.map((v, i) => v + wet[i]! * room.wet);
}

/**
 * The room for a loop: the loop is played through it twice and the second pass kept, so the ring of the loop's
 * end already sounds at its start and the seam stays seamless.
 */
export function reverbLoop(loop: Float32Array, room: Room): Float32Array {
  const twice = new Float32Array(loop.length * 2);
  twice.set(loop);
  twice.set(loop, loop.length);
  const wet = wetSignal(twice, room);
  return loop.map((v, i) => v + wet[loop.length + i]! * room.wet);
}
