import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUES } from './cues';
import { createHowlerAudio, type HowlerModule, type SoundName, type SoundUrls } from './howlerAudio';

const NAMES: SoundName[] = [...CUES, 'music-calm', 'music-tension', 'music-crisis', 'music-relief'];
const URLS = Object.fromEntries(NAMES.map((name) => [name, [`${name}.ogg`, `${name}.mp3`]])) as Record<
  SoundName,
  string[]
> satisfies SoundUrls;

/** A stand-in for Howler that records which files were started: Howler itself needs a browser. */
function fakeHowler(unloadable: readonly string[] = []) {
  const started: string[] = [];
  class Howl {
    private readonly name: string;
    private readonly listeners: ((id: number) => void)[] = [];
    constructor(options: { src: string[] }) {
      this.name = options.src[0]!.replace('.ogg', '');
    }
    on(event: string, listener: (id: number) => void) {
      if (event === 'play') this.listeners.push(listener);
      return this;
    }
    once() {
      return this;
    }
    play() {
      started.push(this.name);
      for (const listener of this.listeners) listener(1);
      return 1;
    }
    playing = () => false;
    duration = () => 1;
    volume = () => 0;
    fade = () => this;
    pause = () => this;
    stop = () => this;
    state = () => (unloadable.includes(this.name) ? 'unloaded' : 'loaded');
  }
  const module = { Howl, Howler: { volume: vi.fn() } } as unknown as HowlerModule;
  return { started, load: vi.fn(async () => module) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('createHowlerAudio before and after the first gesture', () => {
  it('loads nothing and plays nothing before unlock, then starts the mood it was asked for', async () => {
    const howler = fakeHowler();
    const played: string[] = [];
    const audio = createHowlerAudio(URLS, (cue) => played.push(cue), howler.load);
    audio.setMood('tension');
    audio.play('ui-start');
    await settle();
    expect(howler.load).not.toHaveBeenCalled();

    audio.unlock();
    await settle();
    expect(howler.load).toHaveBeenCalledTimes(1);
    // The cue asked for before the gesture is dropped, not played late.
    expect(howler.started).toEqual(['music-tension']);
    audio.play('ui-toggle');
    await settle();
    expect(howler.started).toEqual(['music-tension', 'ui-toggle']);
    expect(played).toEqual(['ui-toggle']);
  });

  it('with sound off loads nothing even after the gesture, until sound is turned on', async () => {
    const howler = fakeHowler();
    const audio = createHowlerAudio(URLS, undefined, howler.load);
    audio.setMuted(true);
    audio.setMood('calm');
    audio.unlock();
    audio.play('telephone');
    await settle();
    expect(howler.load).not.toHaveBeenCalled();
    audio.setMuted(false);
    await settle();
    expect(howler.started).toEqual(['music-calm']);
  });

  it('warns once and stays silent when Howler cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const audio = createHowlerAudio(URLS, undefined, () => Promise.reject(new Error('offline')));
    audio.unlock();
    audio.setMood('calm');
    audio.play('gavel');
    audio.setVolume(0.5);
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('tells which sounds have loaded: none before the gesture, then the cues and the music asked for', async () => {
    const howler = fakeHowler(['gavel']);
    const audio = createHowlerAudio(URLS, undefined, howler.load);
    audio.setMood('calm');
    expect(audio.loadedSounds()).toEqual([]);
    audio.unlock();
    await settle();
    const loaded = audio.loadedSounds();
    expect(loaded).toContain('ui-start');
    expect(loaded).toContain('music-calm');
    expect(loaded).not.toContain('gavel');
    expect(loaded).not.toContain('music-crisis');
  });
});
