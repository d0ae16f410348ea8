/**
 * The four mood loops: slow low string chords in D with a few felt-piano notes. Every note is mixed round the
 * loop (what rings past the end sounds at the start), and so is the room, so each loop is seamless.
 */
import { pianoNote, stringNote } from './instruments';
import { type Room, reverbLoop } from './reverb';
import { addLooped, biquad, hz, noise, normalise, SAMPLE_RATE, shape, silence } from './synth';

export type MusicMood = 'calm' | 'tension' | 'crisis' | 'relief';

type Voice =
  | {
      readonly kind: 'strings';
      readonly at: number;
      readonly seconds: number;
      readonly note: string;
      readonly gain: number;
      readonly brightness: number;
      readonly tremolo?: { readonly rate: number; readonly depth: number };
    }
  | { readonly kind: 'piano'; readonly at: number; readonly note: string; readonly gain: number }
  /** A distant low rumble (low-passed noise), for the crisis. */
  | { readonly kind: 'rumble'; readonly at: number; readonly seconds: number; readonly gain: number };

interface LoopRecipe {
  readonly seconds: number;
  readonly voices: readonly Voice[];
}

/** Chords change under each other: every note starts early and ends late, crossfading over `overlap` seconds. */
const OVERLAP = 3;

interface Chord {
  readonly notes: readonly string[];
  readonly seconds: number;
}

function chords(
  list: readonly Chord[],
  style: { brightness: number; tremolo?: { rate: number; depth: number } },
): Voice[] {
  const voices: Voice[] = [];
  let at = 0;
  for (const chord of list) {
    chord.notes.forEach((note, index) => {
      // The bass carries the chord; the upper voices stay behind it.
      const gain = index === 0 ? 0.75 : index === chord.notes.length - 1 ? 0.32 : 0.45;
      voices.push({
        kind: 'strings',
        at: at - OVERLAP / 2,
        seconds: chord.seconds + OVERLAP,
        note,
        gain,
        brightness: style.brightness,
        ...(style.tremolo && index > 0 ? { tremolo: style.tremolo } : {}),
      });
    });
    at += chord.seconds;
  }
  return voices;
}

const piano = (at: number, note: string, gain = 0.9): Voice => ({ kind: 'piano', at, note, gain });

export const MOODS: Record<MusicMood, LoopRecipe> = {
  // D minor to B-flat major and back: reflective, unhurried; a few piano notes falling gently.
  calm: {
    seconds: 16,
    voices: [
      ...chords(
        [
          { notes: ['D2', 'A2', 'D3', 'F3'], seconds: 8 },
          { notes: ['Bb1', 'F2', 'D3', 'F3'], seconds: 8 },
        ],
        { brightness: 6 },
      ),
      piano(1.5, 'A4'),
      piano(5.2, 'F4', 0.78),
      piano(9.5, 'D4'),
      piano(13.2, 'C4', 0.78),
    ],
  },
  // The same key with a rub (E-flat against D) that never resolves, a slow unsteady bow, and a low note every
  // four seconds like a clock: the days are running out.
  tension: {
    seconds: 16,
    voices: [
      ...chords(
        [
          { notes: ['D2', 'A2', 'D3', 'Eb3'], seconds: 8 },
          { notes: ['C2', 'G2', 'D3', 'Eb3'], seconds: 8 },
        ],
        { brightness: 5, tremolo: { rate: 0.5, depth: 0.45 } },
      ),
      piano(0, 'D2', 0.84),
      piano(4, 'D2', 0.66),
      piano(8, 'D2', 0.84),
      piano(12, 'D2', 0.66),
    ],
  },
  // Half-diminished chords, darker strings trembling a little faster, and a distant rumble: the talks may fail.
  crisis: {
    seconds: 16,
    voices: [
      ...chords(
        [
          { notes: ['D2', 'Ab2', 'C3', 'F3'], seconds: 8 },
          { notes: ['C#2', 'G2', 'B2', 'E3'], seconds: 8 },
        ],
        { brightness: 4, tremolo: { rate: 0.8, depth: 0.5 } },
      ),
      { kind: 'rumble', at: 0, seconds: 10, gain: 0.9 },
      { kind: 'rumble', at: 8, seconds: 10, gain: 0.9 },
      piano(3, 'Bb1', 0.9),
      piano(11, 'A1', 0.9),
    ],
  },
  // D major, G, B minor, A and home again across the loop point: warm, plain, no fanfare.
  relief: {
    seconds: 20,
    voices: [
      ...chords(
        [
          { notes: ['D2', 'A2', 'F#3', 'A3'], seconds: 5 },
          { notes: ['G2', 'D3', 'G3', 'B3'], seconds: 5 },
          { notes: ['B1', 'F#2', 'D3', 'F#3'], seconds: 5 },
          { notes: ['A1', 'E2', 'C#3', 'E3'], seconds: 5 },
        ],
        { brightness: 7 },
      ),
      piano(1, 'F#4'),
      piano(6, 'B4', 0.78),
      piano(11, 'D4'),
      piano(16, 'E4', 0.78),
    ],
  },
};

const MUSIC_ROOM: Room = { size: 0.78, damping: 0.5, wet: 0.4 };

function renderVoice(voice: Voice, seed: number): Float32Array {
  switch (voice.kind) {
    case 'strings':
      return stringNote(hz(voice.note), voice.seconds, {
        attack: OVERLAP,
        release: OVERLAP,
        brightness: voice.brightness,
        seed,
        ...(voice.tremolo ? { tremolo: voice.tremolo } : {}),
      });
    case 'piano':
      return pianoNote(hz(voice.note), 4, seed);
    case 'rumble':
      return shape(biquad(biquad(noise(voice.seconds, seed), 'lowpass', 90), 'lowpass', 90), 4, 4);
  }
}

/** Renders a mood loop with its peak at `peakDb` dBFS. */
export function renderLoop(recipe: LoopRecipe, peakDb: number): Float32Array {
  const loop = silence(recipe.seconds);
  recipe.voices.forEach((voice, index) => {
    addLooped(loop, renderVoice(voice, 1000 + index * 17), voice.at, voice.gain);
  });
  const roomed = reverbLoop(loop, MUSIC_ROOM);
  if (roomed.length !== Math.round(recipe.seconds * SAMPLE_RATE)) throw new Error('loop length changed');
  return normalise(roomed, peakDb);
}
