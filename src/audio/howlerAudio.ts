import type { Cue } from './cues';

export interface AudioPort {
  play(cue: Cue): void;
}

/**
 * Howler, loaded and set up only on the first cue. Cues only follow a player's action, so no
 * AudioContext is created before a user gesture and the browser never blocks or warns.
 */
export function createHowlerAudio(
  urls: Record<Cue, string>,
  onPlayed: (cue: Cue) => void = () => {},
): AudioPort {
  const howls = new Map<Cue, import('howler').Howl>();
  let howler: Promise<typeof import('howler')> | undefined;

  return {
    play(cue) {
      howler ??= import('howler');
      howler
        .then(({ Howl }) => {
          let howl = howls.get(cue);
          if (!howl) {
            howl = new Howl({ src: [urls[cue]], volume: 0.6, preload: true });
            howl.on('play', () => onPlayed(cue));
            howls.set(cue, howl);
          }
          howl.play();
        })
        .catch((error: unknown) => console.warn('Sound is unavailable:', error));
    },
  };
}
