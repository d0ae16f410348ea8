/**
 * Compresses a synthesised sound to OGG/Vorbis (oggenc) and MP3 (LAME), the two formats Howler is given.
 * Both encoders are deterministic here: oggenc gets a fixed stream serial (it picks a random one otherwise)
 * and LAME writes no date, so the same samples give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_RATE } from './synth';
import { encodeWav } from './wav';

export interface Quality {
  /** oggenc's -q (−1..10). */
  readonly vorbis: number;
  /** LAME's constant bit rate in kbit/s. */
  readonly mp3Kbps: number;
}

const TOOLS = [
  ['oggenc', 'vorbis-tools'],
  ['lame', 'lame'],
] as const;

/** Stops with a plain message when an encoder is missing: only someone rebuilding the sounds needs them. */
export function checkEncoders(): void {
  const missing = TOOLS.filter(([tool]) => {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    const packages = missing.map(([, pkg]) => pkg).join(' ');
    throw new Error(
      `Rebuilding the sounds needs ${missing.map(([tool]) => tool).join(' and ')}: on Debian or Ubuntu, ` +
        `apt-get install --no-install-recommends ${packages}. Playing the game does not: the outputs are committed.`,
    );
  }
}

/** Encodes mono samples to both formats; the WAV they pass through lives in a temporary folder only. */
export function encodeBoth(samples: Float32Array, quality: Quality): { ogg: Uint8Array; mp3: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'envoy-audio-'));
  try {
    const wav = join(dir, 'in.wav');
    const ogg = join(dir, 'out.ogg');
    const mp3 = join(dir, 'out.mp3');
    writeFileSync(wav, encodeWav(samples, SAMPLE_RATE));
    execFileSync('oggenc', ['--quiet', '-q', String(quality.vorbis), '--serial', '1', '-o', ogg, wav]);
    execFileSync('lame', ['--quiet', '-m', 'm', '-b', String(quality.mp3Kbps), '--cbr', wav, mp3]);
    return { ogg: readFileSync(ogg), mp3: readFileSync(mp3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
