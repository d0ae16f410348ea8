/** The mechanical sounds of an envoy's office, built from seeded noise and struck resonances. */
import { addAt, biquad, decay, modes, noise, SAMPLE_RATE, seeded, shape, silence } from './synth';

/** A short tick: a burst of noise, band-limited around `centre` Hz, dying at `rate` per second. */
export function tick(seed: number, centre: number, rate: number, q = 1.2): Float32Array {
  return decay(biquad(noise(Math.min(0.05, 6 / rate), seed), 'bandpass', centre, q), rate);
}

/** One typewriter key: the type bar striking the platen, the machine's body answering, the key springing back. */
export function typewriterKey(seed: number, weight = 1): Float32Array {
  const random = seeded(seed);
  const out = silence(0.18);
  addAt(out, tick(seed, 2400 + random() * 700, 260), 0, 0.9 * weight);
  const body = modes(0.14, [
    { hz: 180 + random() * 40, gain: 0.35, decay: 45 },
    { hz: 600 + random() * 80, gain: 0.25, decay: 75 },
    { hz: 1400 + random() * 200, gain: 0.12, decay: 120 },
  ]);
  addAt(out, body, 0.001, weight);
  addAt(out, tick(seed + 7, 3300, 380, 1.5), 0.07 + random() * 0.025, 0.22 * weight);
  return out;
}

/** The carriage pushed back, without the bell: a ratchet, the slide of the carriage, a thud at the margin. */
export function carriageReturn(seed: number): Float32Array {
  const random = seeded(seed);
  const out = silence(0.65);
  let at = 0.02;
  for (let i = 0; i < 12; i++) {
    addAt(out, tick(seed + 100 + i, 3600 + random() * 500, 520, 2), at, 0.18 + random() * 0.08);
    at += 0.04 - i * 0.0016;
  }
  const slide = shape(biquad(noise(0.34, seed + 200), 'bandpass', 900, 1.2), 0.08, 0.12);
  addAt(out, slide, 0.03, 0.035);
  addAt(
    out,
    modes(0.2, [
      { hz: 125, gain: 0.45, decay: 32 },
      { hz: 330, gain: 0.25, decay: 55 },
    ]),
    0.4,
  );
  addAt(out, tick(seed + 300, 1900, 300), 0.4, 0.5);
  return out;
}

/**
 * A teleprinter printing about ten characters a second over its motor's hum, then the line feed. Spaces skip
 * the clack of the type but keep the tick of the selector, as the machine does.
 */
export function teleprinter(seed: number, characters: number): Float32Array {
  const random = seeded(seed);
  const period = 0.1;
  const printing = characters * period;
  const out = silence(printing + 0.75);
  const hum = silence(out.length / SAMPLE_RATE);
  for (let i = 0; i < hum.length; i++) {
    const t = i / SAMPLE_RATE;
    let v = 0;
    for (let n = 2; n <= 7; n++) v += Math.sin(2 * Math.PI * 50 * n * t) / n;
    hum[i] = v;
  }
  addAt(out, shape(biquad(hum, 'bandpass', 260, 0.9), 0.15, 0.35), 0, 0.05);
  addAt(out, shape(biquad(noise(out.length / SAMPLE_RATE, seed + 1), 'lowpass', 500), 0.15, 0.35), 0, 0.03);
  for (let c = 0; c < characters; c++) {
    const at = 0.08 + c * period + (random() - 0.5) * 0.006;
    addAt(out, tick(seed + 10 + c, 4200, 650, 2), at, 0.16);
    if (random() < 0.16) continue;
    addAt(out, tick(seed + 500 + c, 1700 + random() * 400, 220), at + 0.016, 0.5);
    addAt(out, modes(0.08, [{ hz: 290 + random() * 40, gain: 0.2, decay: 85 }]), at + 0.016);
  }
  const feed = 0.1 + printing;
  addAt(
    out,
    modes(0.25, [
      { hz: 150, gain: 0.35, decay: 35 },
      { hz: 420, gain: 0.18, decay: 60 },
    ]),
    feed,
  );
  addAt(out, tick(seed + 900, 1500, 250), feed, 0.45);
  addAt(out, shape(biquad(noise(0.2, seed + 901), 'bandpass', 900, 0.8), 0.04, 0.1), feed + 0.05, 0.06);
  return out;
}

/** The ringing tone a caller hears (440 and 480 Hz together, through a telephone line), `rings` times, then the pick-up. */
export function telephoneRings(seed: number, rings: number): Float32Array {
  const ring = 0.8;
  const gap = 0.45;
  const out = silence(rings * (ring + gap) + 0.3);
  for (let r = 0; r < rings; r++) {
    const tone = silence(ring);
    for (let i = 0; i < tone.length; i++) {
      const t = i / SAMPLE_RATE;
      tone[i] = 0.5 * Math.sin(2 * Math.PI * 440 * t) + 0.5 * Math.sin(2 * Math.PI * 480 * t);
    }
    addAt(out, shape(tone, 0.04, 0.08), r * (ring + gap));
  }
  addAt(
    out,
    shape(biquad(noise(out.length / SAMPLE_RATE, seed), 'bandpass', 1800, 0.5), 0.05, 0.3),
    0,
    0.012,
  );
  const pickUp = rings * (ring + gap) - gap + 0.2;
  addAt(out, tick(seed + 1, 1200, 240), pickUp, 0.5);
  addAt(out, modes(0.1, [{ hz: 700, gain: 0.2, decay: 90 }]), pickUp);
  return biquad(biquad(out, 'highpass', 300), 'lowpass', 3400);
}

/** A wooden gavel on its block: a hard transient, then the low ring of the wood. */
export function gavelKnock(seed: number): Float32Array {
  const out = silence(0.5);
  addAt(out, tick(seed, 1800, 420, 0.9), 0, 0.7);
  addAt(
    out,
    modes(0.5, [
      { hz: 168, gain: 1, decay: 26 },
      { hz: 405, gain: 0.55, decay: 44 },
      { hz: 815, gain: 0.3, decay: 70 },
      { hz: 1370, gain: 0.16, decay: 110 },
    ]),
    0.0005,
  );
  return out;
}

const VOWELS = [
  [730, 1090],
  [530, 1840],
  [300, 2200],
  [570, 840],
  [320, 900],
  [660, 1700],
] as const;

/** One distant voice talking: syllables of a buzzing source shaped by two vowel formants, pitch drifting. */
function talker(seed: number, seconds: number): Float32Array {
  const random = seeded(seed);
  const out = silence(seconds);
  const pitch = 95 + random() * 120;
  let at = random() * 0.3;
  while (at < seconds) {
    const length = 0.1 + random() * 0.2;
    const [f1, f2] = VOWELS[Math.floor(random() * VOWELS.length)]!;
    const f0 = pitch * (0.9 + random() * 0.2);
    const buzz = silence(length);
    let phase = 0;
    for (let i = 0; i < buzz.length; i++) {
      phase = (phase + f0 / SAMPLE_RATE) % 1;
      buzz[i] = 2 * phase - 1;
    }
    const vowel = biquad(buzz, 'bandpass', f1, 5);
    const second = biquad(buzz, 'bandpass', f2, 8);
    for (let i = 0; i < vowel.length; i++) vowel[i] = vowel[i]! + 0.5 * second[i]!;
    addAt(out, shape(vowel, 0.03, 0.05), at, 0.4 + random() * 0.6);
    at += length + (random() < 0.2 ? 0.2 + random() * 0.3 : 0.02 + random() * 0.05);
  }
  return out;
}

/** A large room of people talking quietly among themselves, heard from the far end. */
export function hallMurmur(seed: number, seconds: number, voices: number): Float32Array {
  const out = silence(seconds);
  for (let v = 0; v < voices; v++) addAt(out, talker(seed + v * 31, seconds), 0, 1 / Math.sqrt(voices));
  return biquad(biquad(out, 'lowpass', 1400), 'highpass', 120);
}
