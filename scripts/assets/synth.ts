/** Small, deterministic synthesis helpers for the game's cues. */
export const SAMPLE_RATE = 22050;

export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** A soft struck tone: a few decaying partials, like a felt piano. */
export function feltTone(frequency: number, seconds: number, gain = 0.3): Float32Array {
  const out = silence(seconds);
  const partials = [
    [1, 1, 3.2],
    [2, 0.35, 5],
    [3, 0.12, 7],
    [4, 0.05, 9],
  ] as const;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const attack = Math.min(1, t / 0.006);
    let v = 0;
    for (const [ratio, amp, decay] of partials) {
      v += amp * Math.exp(-decay * t) * Math.sin(2 * Math.PI * frequency * ratio * t);
    }
    out[i] = gain * attack * v;
  }
  return out;
}

/** A short mechanical click (a key or a switch): filtered noise with a fast decay, seeded. */
export function click(seconds = 0.05, gain = 0.25, seed = 7): Float32Array {
  const out = silence(seconds);
  let state = seed;
  let low = 0;
  for (let i = 0; i < out.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const noise = state / 0x3fffffff - 1;
    low += 0.35 * (noise - low);
    const t = i / SAMPLE_RATE;
    out[i] = gain * Math.exp(-t * 90) * (noise - low);
  }
  return out;
}

/** Mixes b into a copy of a, starting at `at` seconds. */
export function mix(a: Float32Array, b: Float32Array, at: number): Float32Array {
  const start = Math.round(at * SAMPLE_RATE);
  const out = new Float32Array(Math.max(a.length, start + b.length));
  out.set(a);
  b.forEach((v, i) => {
    out[start + i] = (out[start + i] ?? 0) + v;
  });
  return out;
}

/** Fades the last `seconds` to silence so no cue ends in a click. */
export function fadeOut(samples: Float32Array, seconds = 0.05): Float32Array {
  const n = Math.min(samples.length, Math.round(seconds * SAMPLE_RATE));
  const out = samples.slice();
  for (let i = 0; i < n; i++) out[out.length - 1 - i] = (out[out.length - 1 - i] ?? 0) * (i / n);
  return out;
}
