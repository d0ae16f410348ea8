import type { Howl } from 'howler';
import { CUES, type Cue, isCaptioned } from './cues';
import type { Mood, MusicMood } from './mood';

export interface AudioPort {
  /** Called on the player's first gesture: only from then on may the page make a sound. */
  unlock(): void;
  play(cue: Cue): void;
  setMood(mood: Mood): void;
  /** 0 to 1: scales every sound. */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
}

export type SoundName = Cue | `music-${MusicMood}`;
/** Every sound's files, best format first (OGG, then MP3 for browsers without Vorbis). */
export type SoundUrls = Readonly<Record<SoundName, readonly string[]>>;
export type HowlerModule = Pick<typeof import('howler'), 'Howl' | 'Howler'>;

const CROSSFADE_MS = 1500;
/** Turning sound off should feel immediate, but a hard cut clicks. */
const MUTE_FADE_MS = 300;
/** The music sits under the cues. */
const MUSIC_LEVEL = 0.7;
/** Cues that tell the story (a text tabled, then its answers) follow one another instead of sounding at once… */
const STORY_OVERLAP_MS = 300;
/** …but a burst of them (a replayed game) is dropped rather than queued for minutes. */
const STORY_MAX_WAIT_MS = 3000;

interface Engine {
  play(cue: Cue): void;
  setMood(mood: Mood, fadeMs: number): void;
  setVolume(volume: number): void;
  stopCues(): void;
  /** The sounds whose files have loaded. */
  loaded(): SoundName[];
}

function createEngine(
  { Howl, Howler }: HowlerModule,
  urls: SoundUrls,
  onPlayed: (cue: Cue) => void,
  warn: (what: string, error?: unknown) => void,
): Engine {
  const load = (name: SoundName, loop: boolean): Howl =>
    new Howl({
      src: [...urls[name]],
      loop,
      // Loops start silent and fade in; cues play at full level (their levels are set in the files).
      volume: loop ? 0 : 1,
      preload: true,
      onloaderror: (_id, error) => warn(`${name} did not load`, error),
      onplayerror: (_id, error) => warn(`${name} did not play`, error),
    });

  // Cues are small: all of them load now, so that none sounds late the first time.
  const cues = new Map<Cue, Howl>();
  for (const cue of CUES) {
    const howl = load(cue, false);
    howl.on('play', () => onPlayed(cue));
    cues.set(cue, howl);
  }
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let storyFreeAt = 0;

  // Music loads mood by mood, when first needed; a faded-out loop is paused and resumes where it was.
  const music = new Map<MusicMood, { howl: Howl; id: number | undefined }>();
  let current: MusicMood | null = null;

  const trackOf = (mood: MusicMood) => {
    let track = music.get(mood);
    if (!track) {
      track = { howl: load(`music-${mood}`, true), id: undefined };
      music.set(mood, track);
    }
    return track;
  };

  const fadeIn = (mood: MusicMood, fadeMs: number) => {
    const track = trackOf(mood);
    const { howl } = track;
    const resuming = track.id !== undefined && howl.playing(track.id);
    const from = resuming ? (howl.volume(track.id as number) as number) : 0;
    if (!resuming) {
      // Resume the paused loop; Howler answers null if that sound is gone, and then it starts afresh.
      const resumed: number | null = track.id === undefined ? null : howl.play(track.id);
      track.id = resumed ?? howl.play();
      howl.volume(0, track.id);
    }
    howl.fade(from, MUSIC_LEVEL, fadeMs, track.id);
  };

  const fadeOut = (mood: MusicMood, fadeMs: number) => {
    const track = music.get(mood);
    if (track?.id === undefined) return;
    const { howl, id } = track;
    howl.fade(howl.volume(id) as number, 0, fadeMs, id);
    // Pause once silent, unless the mood came back while fading.
    howl.once(
      'fade',
      () => {
        if (current !== mood) howl.pause(id);
      },
      id,
    );
  };

  return {
    play(cue) {
      const howl = cues.get(cue)!;
      if (!isCaptioned(cue)) {
        howl.play();
        return;
      }
      const now = performance.now();
      const wait = Math.max(0, storyFreeAt - now);
      if (wait > STORY_MAX_WAIT_MS) return;
      storyFreeAt = now + wait + (howl.duration() || 1.5) * 1000 - STORY_OVERLAP_MS;
      if (wait === 0) {
        howl.play();
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        howl.play();
      }, wait);
      timers.add(timer);
    },
    setMood(mood, fadeMs) {
      const next = mood === 'silence' ? null : mood;
      if (next === current) return;
      if (current) fadeOut(current, fadeMs);
      current = next;
      if (next) fadeIn(next, fadeMs);
    },
    setVolume(volume) {
      Howler.volume(volume);
    },
    stopCues() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      storyFreeAt = 0;
      for (const howl of cues.values()) howl.stop();
    },
    loaded() {
      const sounds: [SoundName, Howl][] = [
        ...cues.entries(),
        ...[...music.entries()].map(([mood, track]): [SoundName, Howl] => [`music-${mood}`, track.howl]),
      ];
      return sounds.filter(([, howl]) => howl.state() === 'loaded').map(([name]) => name);
    },
  };
}

export interface HowlerAudio extends AudioPort {
  /** The sounds whose files have loaded so far (none before the first gesture): for the test hooks. */
  loadedSounds(): readonly SoundName[];
}

/**
 * Sound through Howler. Browsers allow sound only after a user gesture, and the game makes none before it:
 * until `unlock()` Howler is not even loaded (so no AudioContext exists), cues are dropped and only the wanted
 * mood is remembered. With sound off Howler is not loaded either. Nothing here throws: if Howler or a file
 * fails, one warning is logged and the game goes on silently (captions still carry the meaning).
 */
export function createHowlerAudio(
  urls: SoundUrls,
  onPlayed: (cue: Cue) => void = () => {},
  loadHowler: () => Promise<HowlerModule> = () => import('howler'),
): HowlerAudio {
  let unlocked = false;
  let muted = false;
  let volume = 1;
  let mood: Mood = 'silence';
  let engine: Promise<Engine | null> | undefined;
  let built: Engine | null = null;
  let warned = false;

  const warn = (what: string, error?: unknown) => {
    if (warned) return;
    warned = true;
    console.warn(`Sound is unavailable (${what}); the game goes on without it.`, error);
  };

  /** Uses a loaded engine; a failure inside Howler is a warning, never an error that stops the game. */
  const run = (ready: Engine | null, use: (engine: Engine) => void) => {
    if (!ready) return;
    try {
      use(ready);
    } catch (error) {
      warn('the sound library failed', error);
    }
  };

  /** Runs `use` once Howler is there, if sound may play; later calls run in the order they were made. */
  const withEngine = (use: (engine: Engine) => void) => {
    if (!unlocked || muted) return;
    engine ??= Promise.resolve()
      .then(loadHowler)
      .then(
        (module) => {
          try {
            const loaded = createEngine(module, urls, onPlayed, warn);
            loaded.setVolume(volume);
            built = loaded;
            return loaded;
          } catch (error) {
            warn('the sound library failed', error);
            return null;
          }
        },
        (error: unknown) => {
          warn('the sound library did not load', error);
          return null;
        },
      );
    void engine.then((ready) => {
      if (!muted) run(ready, use);
    });
  };

  /** Changes that only matter to an engine already loaded: they never load one. */
  const ifLoaded = (use: (engine: Engine) => void) => {
    void engine?.then((ready) => run(ready, use));
  };

  return {
    unlock() {
      if (unlocked) return;
      unlocked = true;
      withEngine((ready) => ready.setMood(mood, CROSSFADE_MS));
    },
    play(cue) {
      withEngine((ready) => ready.play(cue));
    },
    setMood(next) {
      mood = next;
      withEngine((ready) => ready.setMood(mood, CROSSFADE_MS));
    },
    setVolume(next) {
      volume = Number.isFinite(next) ? Math.min(1, Math.max(0, next)) : volume;
      // A loaded engine takes the volume even while muted; none is loaded just for it.
      ifLoaded((ready) => ready.setVolume(volume));
    },
    setMuted(next) {
      if (next === muted) return;
      muted = next;
      if (muted)
        ifLoaded((ready) => {
          ready.stopCues();
          ready.setMood('silence', MUTE_FADE_MS);
        });
      else withEngine((ready) => ready.setMood(mood, CROSSFADE_MS));
    },
    loadedSounds: () => built?.loaded() ?? [],
  };
}
