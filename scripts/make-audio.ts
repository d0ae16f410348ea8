/** Rebuilds assets/audio/*.wav from the recipes below (`npm run assets`). Deterministic: same bytes every run. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, fadeOut, feltTone, mix, SAMPLE_RATE, silence } from './assets/synth';
import { encodeWav } from './assets/wav';

const out = join(import.meta.dirname, '..', 'assets', 'audio');

const recipes: Record<string, () => Float32Array> = {
  // Start: two low felt-piano notes, a fifth apart (D3 then A3): calm, not triumphant.
  'ui-start': () =>
    fadeOut(mix(mix(silence(0.9), feltTone(146.83, 0.9, 0.28), 0), feltTone(220, 0.7, 0.22), 0.12)),
  // Toggle: one soft switch click.
  'ui-toggle': () => fadeOut(click(0.06, 0.3, 11), 0.01),
};

for (const [name, make] of Object.entries(recipes)) {
  const path = join(out, `${name}.wav`);
  writeFileSync(path, encodeWav(make(), SAMPLE_RATE));
  console.log(`wrote ${path}`);
}
