/** The recipes of the one-shot cues: what each sounds like, in the order it happens, and how loud it peaks. */
import {
  carriageReturn,
  gavelKnock,
  hallMurmur,
  telephoneRings,
  teleprinter,
  tick,
  typewriterKey,
} from './foley';
import { pianoNote, stringNote } from './instruments';
import { type Room, reverb } from './reverb';
import { addAt, fadeOut, hz, mix, modes, SAMPLE_RATE, seeded, silence } from './synth';

export interface CueRecipe {
  /** Peak level in dBFS. Continuous tones sit lower than clicks: they sound louder at the same peak. */
  readonly peakDb: number;
  readonly make: () => Float32Array;
}

const DESK: Room = { size: 0.35, damping: 0.6, wet: 0.14 };
const STUDY: Room = { size: 0.6, damping: 0.5, wet: 0.25 };
const HALL: Room = { size: 0.92, damping: 0.4, wet: 0.38 };

/** Two piano notes, the second held over a faint string chord: the pair behind accept and reject. */
function twoNotes(first: string, second: string, chord: readonly string[]): Float32Array {
  const out = silence(2.2);
  addAt(out, pianoNote(hz(first), 1.6, 11), 0, 0.8);
  addAt(out, pianoNote(hz(second), 1.9, 12), 0.34, 0.9);
  chord.forEach((note, index) => {
    addAt(
      out,
      stringNote(hz(note), 1.8, { attack: 0.5, release: 0.9, brightness: 5, seed: 40 + index }),
      0.3,
      0.22,
    );
  });
  return fadeOut(reverb(out, STUDY, 0.8), 0.3);
}

export const CUE_SOUNDS: Record<string, CueRecipe> = {
  // Start: two low piano notes a fifth apart (D3, then A3): calm, not triumphant.
  'ui-start': {
    peakDb: -15,
    make: () => {
      const out = silence(1.2);
      addAt(out, pianoNote(hz('D3'), 1.1, 1), 0, 0.9);
      addAt(out, pianoNote(hz('A3'), 1, 2), 0.14, 0.75);
      return fadeOut(reverb(out, STUDY, 0.5), 0.2);
    },
  },
  // Sound switched on: one soft switch click.
  'ui-toggle': {
    peakDb: -20,
    make: () => {
      const out = silence(0.1);
      addAt(out, tick(11, 2500, 380), 0, 0.8);
      addAt(out, modes(0.08, [{ hz: 900, gain: 0.3, decay: 150 }]), 0);
      return fadeOut(out, 0.02);
    },
  },
  // A text is drafted: six keys at a typist's uneven pace, then the carriage back to the margin (no bell).
  typewriter: {
    peakDb: -14,
    make: () => {
      const random = seeded(21);
      let out = silence(0.1);
      let at = 0.04;
      for (let k = 0; k < 6; k++) {
        out = mix(out, typewriterKey(300 + k * 13, 0.8 + random() * 0.3), at);
        at += 0.11 + random() * 0.09;
      }
      out = mix(out, carriageReturn(77), at + 0.12);
      return fadeOut(reverb(out, DESK, 0.3), 0.1);
    },
  },
  // A private consultation: the line rings twice and is picked up.
  telephone: {
    peakDb: -20,
    make: () => fadeOut(reverb(telephoneRings(5, 2), DESK, 0.3), 0.1),
  },
  // The day's news: a teleprinter prints a short line and feeds the paper.
  teleprinter: {
    peakDb: -16,
    make: () => fadeOut(reverb(teleprinter(9, 16), DESK, 0.3), 0.15),
  },
  // The conference opens: the hall's murmur, two knocks of the gavel, and the room falls quiet.
  gavel: {
    peakDb: -12,
    make: () => {
      const murmur = hallMurmur(3, 2.6, 12);
      const knock = 1.5;
      for (let i = 0; i < murmur.length; i++) {
        const t = i / SAMPLE_RATE;
        const rise = Math.min(1, t / 0.5);
        const hush = t < knock ? 1 : Math.max(0, 1 - (t - knock) / 0.8);
        murmur[i] = murmur[i]! * rise * hush * hush;
      }
      const out = silence(2.6);
      addAt(out, murmur, 0, 0.22);
      addAt(out, gavelKnock(4), knock, 1);
      addAt(out, gavelKnock(5), knock + 0.38, 0.85);
      return fadeOut(reverb(out, HALL, 1.6), 0.4);
    },
  },
  // The envoy presses a delegation: one low note, struck firmly and cut short.
  press: {
    peakDb: -16,
    make: () => {
      const out = silence(1);
      addAt(out, pianoNote(hz('G2'), 0.7, 31), 0, 0.9);
      addAt(out, pianoNote(hz('D3'), 0.6, 32), 0.02, 0.5);
      return fadeOut(reverb(out, STUDY, 0.4), 0.25);
    },
  },
  // The envoy reassures a delegation: a soft major third, held.
  reassure: {
    peakDb: -18,
    make: () => {
      const out = silence(1.6);
      addAt(out, pianoNote(hz('F3'), 1.4, 33), 0, 0.6);
      addAt(out, pianoNote(hz('A3'), 1.4, 34), 0.12, 0.55);
      addAt(out, stringNote(hz('F2'), 1.3, { attack: 0.4, release: 0.7, brightness: 4, seed: 35 }), 0.1, 0.2);
      return fadeOut(reverb(out, STUDY, 0.7), 0.3);
    },
  },
  // A public statement: the press room's murmur and a burst of the teleprinter as it goes out on the wires.
  statement: {
    peakDb: -16,
    make: () => {
      const out = silence(1.6);
      addAt(out, hallMurmur(36, 1.5, 8), 0, 0.12);
      addAt(out, teleprinter(37, 8), 0.35, 0.8);
      return fadeOut(reverb(out, DESK, 0.4), 0.3);
    },
  },
  // Every delegation accepts: A rising to D, home, over a D chord.
  accept: { peakDb: -15, make: () => twoNotes('A3', 'D4', ['D3', 'A3']) },
  // Not everyone accepts: D then E-flat, low, left hanging over D: the question stays open.
  reject: { peakDb: -15, make: () => twoNotes('D3', 'Eb3', ['D2', 'A2']) },
};
