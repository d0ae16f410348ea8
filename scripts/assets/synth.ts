/**
 * Small, deterministic synthesis helpers: mono float buffers (−1..1) at one sample rate. No Math.random:
 * every bit of noise comes from a seeded generator, so a recipe gives the same samples on every run.
 */
export const SAMPLE_RATE = 22050;

export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.max(0, Math.round(seconds * SAMPLE_RATE)));
}

/** A seeded pseudo-random source (mulberry32): a number in [0, 1) per call. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded white noise in −1..1. */
export function noise(seconds: number, seed: number): Float32Array {
  const random = seeded(seed);
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) out[i] = random() * 2 - 1;
  return out;
}

/** Frequency of a note name such as 'D2', 'F#3' or 'Bb1' (equal temperament, A4 = 440 Hz). */
export function hz(note: string): number {
  const match = /^([A-G])([#b]?)(-?\d)$/.exec(note);
  if (!match) throw new Error(`not a note name: ${note}`);
  const [, letter, accidental, octave] = match;
  const semitone = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 }[letter as 'C'];
  const shift = accidental === '#' ? 1 : accidental === 'b' ? -1 : 0;
  return 440 * 2 ** ((semitone + shift + (Number(octave) - 4) * 12) / 12);
}

/** Adds `source × gain` into `target` from `at` seconds on; whatever falls past the end is dropped. */
export function addAt(target: Float32Array, source: Float32Array, at: number, gain = 1): void {
  const start = Math.round(at * SAMPLE_RATE);
  for (let i = 0; i < source.length; i++) {
    const j = start + i;
    if (j >= 0 && j < target.length) target[j] = target[j]! + source[i]! * gain;
  }
}

/** Adds `source × gain` into a loop buffer, wrapping round its end: what rings past the loop point sounds at its start. */
export function addLooped(target: Float32Array, source: Float32Array, at: number, gain = 1): void {
  const n = target.length;
  const start = (((Math.round(at * SAMPLE_RATE) % n) + n) % n) | 0;
  for (let i = 0; i < source.length; i++) {
    const j = (start + i) % n;
    target[j] = target[j]! + source[i]! * gain;
  }
}

/** A copy of `samples` that also holds `source` mixed in at `at` seconds, lengthened if needed. */
export function mix(samples: Float32Array, source: Float32Array, at: number, gain = 1): Float32Array {
  const start = Math.round(at * SAMPLE_RATE);
  const out = new Float32Array(Math.max(samples.length, start + source.length));
  out.set(samples);
  addAt(out, source, at, gain);
  return out;
}

/** Raised-cosine attack and release, applied in place: soft edges, no clicks. */
export function shape(samples: Float32Array, attack: number, release: number): Float32Array {
  const a = Math.min(samples.length, Math.round(attack * SAMPLE_RATE));
  const r = Math.min(samples.length, Math.round(release * SAMPLE_RATE));
  for (let i = 0; i < a; i++) samples[i] = samples[i]! * (0.5 - 0.5 * Math.cos((Math.PI * i) / a));
  for (let i = 0; i < r; i++) {
    const j = samples.length - 1 - i;
    samples[j] = samples[j]! * (0.5 - 0.5 * Math.cos((Math.PI * i) / r));
  }
  return samples;
}

/** Fades the last `seconds` to silence so no cue ends in a click. */
export function fadeOut(samples: Float32Array, seconds = 0.05): Float32Array {
  return shape(samples.slice(), 0, seconds);
}

export function peakOf(samples: Float32Array): number {
  let peak = 0;
  for (const v of samples) peak = Math.max(peak, Math.abs(v));
  return peak;
}

export function rmsOf(samples: Float32Array): number {
  let sum = 0;
  for (const v of samples) sum += v * v;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

export const toDb = (amplitude: number) => 20 * Math.log10(Math.max(amplitude, 1e-9));

/** Scales the samples so that their peak sits at `peakDb` dBFS: every asset's level is set here, not by ear. */
export function normalise(samples: Float32Array, peakDb: number): Float32Array {
  const peak = peakOf(samples);
  if (peak === 0) return samples;
  const scale = 10 ** (peakDb / 20) / peak;
  return samples.map((v) => v * scale);
}

export type FilterKind = 'lowpass' | 'highpass' | 'bandpass';

/** A second-order filter (the RBJ cookbook biquads), run once over the samples. */
export function biquad(
  samples: Float32Array,
  kind: FilterKind,
  frequency: number,
  q = Math.SQRT1_2,
): Float32Array {
  const w = (2 * Math.PI * frequency) / SAMPLE_RATE;
  const alpha = Math.sin(w) / (2 * q);
  const cos = Math.cos(w);
  const [b0, b1, b2] =
    kind === 'lowpass'
      ? [(1 - cos) / 2, 1 - cos, (1 - cos) / 2]
      : kind === 'highpass'
        ? [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2]
        : [alpha, 0, -alpha];
  const a0 = 1 + alpha;
  const a1 = -2 * cos;
  const a2 = 1 - alpha;
  const out = new Float32Array(samples.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    const y = (b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

/** A sum of exponentially decaying sines: the ring of a struck object (wood, metal, a string). */
export function modes(
  seconds: number,
  partials: readonly { readonly hz: number; readonly gain: number; readonly decay: number }[],
): Float32Array {
  const out = silence(seconds);
  for (const { hz: f, gain, decay } of partials) {
    const step = (2 * Math.PI * f) / SAMPLE_RATE;
    const fall = Math.exp(-decay / SAMPLE_RATE);
    let amplitude = gain;
    for (let i = 0; i < out.length && amplitude > 1e-5; i++) {
      out[i] = out[i]! + amplitude * Math.sin(step * i);
      amplitude *= fall;
    }
  }
  return out;
}

/** Multiplies in place by an exponential decay (per second): a burst of noise becomes a click. */
export function decay(samples: Float32Array, rate: number): Float32Array {
  const fall = Math.exp(-rate / SAMPLE_RATE);
  let amplitude = 1;
  for (let i = 0; i < samples.length; i++) {
    samples[i] = samples[i]! * amplitude;
    amplitude *= fall;
  }
  return samples;
}
