/** The two tonal instruments of the score: a low string section and a felt-damped piano. */
import { biquad, decay, noise, SAMPLE_RATE, seeded, shape, silence } from './synth';

const TABLE_SIZE = 4096;
const TOP_HARMONIC_HZ = 4500;

/** One period of a bowed tone: a sawtooth's harmonics, rolled off, with seeded phases so it does not buzz. */
function bowedTable(frequency: number, brightness: number, seed: number): Float32Array {
  const random = seeded(seed);
  const table = new Float32Array(TABLE_SIZE);
  const count = Math.max(1, Math.floor(TOP_HARMONIC_HZ / frequency));
  for (let n = 1; n <= count; n++) {
    const amplitude = Math.exp(-(n - 1) / brightness) / n;
    const phase = random() * 2 * Math.PI;
    for (let i = 0; i < TABLE_SIZE; i++) {
      table[i] = table[i]! + amplitude * Math.sin((2 * Math.PI * n * i) / TABLE_SIZE + phase);
    }
  }
  return table;
}

export interface StringOptions {
  readonly attack: number;
  readonly release: number;
  /** How many harmonics stay strong: about 4 is dark and muted, 10 is open. */
  readonly brightness?: number;
  readonly seed: number;
  /** A slow swell and fall of the bow, for the uneasy moods. */
  readonly tremolo?: { readonly rate: number; readonly depth: number };
}

/** A string-section note: three players slightly out of tune with each other, each with a slow, small vibrato. */
export function stringNote(frequency: number, seconds: number, options: StringOptions): Float32Array {
  const random = seeded(options.seed);
  const table = bowedTable(frequency, options.brightness ?? 6, options.seed + 1);
  const out = silence(seconds);
  for (const cents of [-5, 0, 4.5]) {
    const tuned = frequency * 2 ** ((cents + (random() - 0.5) * 2) / 1200);
    const vibratoRate = 4.4 + random() * 0.9;
    const vibratoPhase = random() * 2 * Math.PI;
    const drift = random() * 2 * Math.PI;
    let phase = random() * TABLE_SIZE;
    for (let i = 0; i < out.length; i++) {
      const t = i / SAMPLE_RATE;
      // The vibrato comes in slowly, as a player's does.
      const depth = 0.0014 * Math.min(1, t / 1.5);
      phase +=
        (tuned * (1 + depth * Math.sin(2 * Math.PI * vibratoRate * t + vibratoPhase)) * TABLE_SIZE) /
        SAMPLE_RATE;
      phase %= TABLE_SIZE;
      const k = Math.floor(phase);
      const frac = phase - k;
      const sample = table[k]! * (1 - frac) + table[(k + 1) % TABLE_SIZE]! * frac;
      const bow = 1 + 0.12 * Math.sin(2 * Math.PI * 0.11 * t + drift);
      out[i] = out[i]! + (sample * bow) / 3;
    }
  }
  const tremolo = options.tremolo;
  if (tremolo) {
    for (let i = 0; i < out.length; i++) {
      const swell = 0.5 + 0.5 * Math.sin((2 * Math.PI * tremolo.rate * i) / SAMPLE_RATE);
      out[i] = out[i]! * (1 - tremolo.depth * swell);
    }
  }
  return shape(biquad(out, 'lowpass', 2400), options.attack, options.release);
}

/**
 * A felt-damped piano note: slightly stretched partials that die away at different speeds, two strings a
 * hair apart (the slow beating of a real unison), and the soft thump of the felt hammer.
 */
export function pianoNote(frequency: number, seconds: number, seed = 1): Float32Array {
  const out = silence(seconds);
  const gains = [1, 0.42, 0.2, 0.11, 0.06, 0.035, 0.02, 0.012];
  const inharmonicity = 0.00025;
  const highNoteSpeed = 1 + frequency / 500;
  for (const [index, gain] of gains.entries()) {
    const n = index + 1;
    const partialHz = n * frequency * Math.sqrt(1 + inharmonicity * n * n);
    if (partialHz > SAMPLE_RATE * 0.45) break;
    const fast = (2.2 + n * 1.1) * highNoteSpeed;
    const slow = (0.45 + n * 0.35) * highNoteSpeed;
    for (const cents of [-0.7, 0.7]) {
      const step = (2 * Math.PI * partialHz * 2 ** (cents / 1200)) / SAMPLE_RATE;
      for (let i = 0; i < out.length; i++) {
        const t = i / SAMPLE_RATE;
        const envelope = 0.55 * Math.exp(-fast * t) + 0.45 * Math.exp(-slow * t);
        out[i] = out[i]! + 0.5 * gain * envelope * Math.sin(step * i);
      }
    }
  }
  const thump = decay(biquad(noise(0.08, seed), 'lowpass', 500), 70);
  for (let i = 0; i < thump.length && i < out.length; i++) out[i] = out[i]! + 0.25 * thump[i]!;
  return shape(out, 0.004, Math.min(0.3, seconds / 3));
}
