/**
 * Rebuilds assets/audio/ (`npm run assets`): every cue and mood loop synthesised from the recipes in
 * scripts/assets/, each written as OGG/Vorbis and MP3. Deterministic: same bytes every run. Needs oggenc
 * (vorbis-tools) and lame on the machine that rebuilds; the outputs are committed, so nothing else does.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_SOUNDS } from './assets/cueSounds';
import { checkEncoders, encodeBoth, type Quality } from './assets/encode';
import { MOODS, type MusicMood, renderLoop } from './assets/music';
import { normalise, peakOf, rmsOf, SAMPLE_RATE, toDb } from './assets/synth';

const out = join(import.meta.dirname, '..', 'assets', 'audio');
const MUSIC_PEAK_DB = -14;
// Music is soft pads: low rates are enough. Cues are short and full of transients: a little more.
const MUSIC_QUALITY: Quality = { vorbis: 2, mp3Kbps: 40 };
const CUE_QUALITY: Quality = { vorbis: 2, mp3Kbps: 48 };

/** A loop must not click where it wraps: the step across the seam is no bigger than the loop's ordinary steps. */
function checkSeam(name: string, loop: Float32Array): void {
  const steps = loop.slice(1).map((v, i) => Math.abs(v - loop[i]!));
  steps.sort();
  const ordinary = steps[Math.floor(steps.length * 0.99)] ?? 0;
  const seam = Math.abs(loop[0]! - loop[loop.length - 1]!);
  if (seam > ordinary) throw new Error(`${name}: the loop clicks at its seam (${seam} > ${ordinary})`);
}

checkEncoders();
const sounds: { name: string; samples: Float32Array; quality: Quality }[] = [
  ...Object.entries(CUE_SOUNDS).map(([name, recipe]) => ({
    name,
    samples: normalise(recipe.make(), recipe.peakDb),
    quality: CUE_QUALITY,
  })),
  ...(Object.keys(MOODS) as MusicMood[]).map((mood) => {
    const name = `music-${mood}`;
    const samples = renderLoop(MOODS[mood], MUSIC_PEAK_DB);
    checkSeam(name, samples);
    return { name, samples, quality: MUSIC_QUALITY };
  }),
];

const written = new Set<string>();
for (const { name, samples, quality } of sounds) {
  const { ogg, mp3 } = encodeBoth(samples, quality);
  writeFileSync(join(out, `${name}.ogg`), ogg);
  writeFileSync(join(out, `${name}.mp3`), mp3);
  written.add(`${name}.ogg`).add(`${name}.mp3`);
  const seconds = (samples.length / SAMPLE_RATE).toFixed(2);
  const levels = `peak ${toDb(peakOf(samples)).toFixed(1)} dBFS, rms ${toDb(rmsOf(samples)).toFixed(1)} dBFS`;
  console.log(
    `${name.padEnd(18)} ${seconds.padStart(6)} s  ${levels}  ogg ${ogg.length} B, mp3 ${mp3.length} B`,
  );
}

// Outputs of older recipes (WAV files, renamed cues) would otherwise linger and ship.
for (const file of readdirSync(out)) {
  if (/\.(wav|ogg|mp3)$/.test(file) && !written.has(file)) {
    rmSync(join(out, file));
    console.log(`removed ${file}`);
  }
}
const total = [...written].reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
console.log(`total ${(total / 1024).toFixed(0)} KiB in ${written.size} files`);
