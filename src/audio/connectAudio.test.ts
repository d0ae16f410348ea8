import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AppActor } from '../flow/appActor';
import { type RootInput, rootMachine } from '../flow/rootMachine';
import { loadFixture } from '../testing/scenarios';
import { audioInspector } from './connectAudio';
import type { AudioPort } from './howlerAudio';
import { partyEvent } from './testing/playRootMachine';

const fixture = loadFixture();

/** A port that writes down what it was asked, in order. */
function recordingPort() {
  const calls: string[] = [];
  const port: AudioPort = {
    unlock: () => calls.push('unlock'),
    play: (cue) => calls.push(`play ${cue}`),
    setMood: (mood) => calls.push(`mood ${mood}`),
    setVolume: (volume) => calls.push(`volume ${volume}`),
    setMuted: (muted) => calls.push(muted ? 'muted' : 'unmuted'),
  };
  return { port, take: () => calls.splice(0) };
}

function connected(input: Partial<RootInput>) {
  const { port, take } = recordingPort();
  const captions: string[] = [];
  let actor: AppActor | undefined;
  actor = createActor(rootMachine, {
    input: { soundOn: true, scenarios: [{ id: fixture.meta.id, scenario: fixture }], seed: 7, ...input },
    inspect: audioInspector(
      port,
      () => actor,
      (caption) => captions.push(caption),
    ),
  });
  const app = actor.start();
  return { app, take, captions };
}

describe('audioInspector', () => {
  it('tells the port the setting, volume and mood at start, then only what changes', () => {
    const { app, take } = connected({ soundOn: true, volume: 0.4 });
    expect(take()).toEqual(['unmuted', 'volume 0.4', 'mood silence']);
    app.send({ type: 'boot.loaded' });
    expect(take()).toEqual([]);
    app.send({ type: 'title.start' });
    expect(take()).toEqual(['mood calm', 'play ui-start']);
    app.send({ type: 'settings.volume.set', value: 0.9 });
    expect(take()).toEqual(['volume 0.9']);
  });

  it('mutes before the click that confirms sound is back on', () => {
    const { app, take } = connected({ soundOn: false });
    expect(take()).toContain('muted');
    app.send({ type: 'settings.sound.toggle' });
    expect(take()).toEqual(['unmuted', 'play ui-toggle']);
  });

  it('captions what a sound means even with sound off, and never captions interface clicks', () => {
    const { app, take, captions } = connected({ soundOn: false });
    app.send({ type: 'boot.loaded' });
    app.send({ type: 'title.start' });
    app.send({ type: 'briefing.begin' });
    app.send({ type: 'nav.meet' });
    app.send(partyEvent('consult', 0));
    app.send({ type: 'settings.sound.toggle' });
    expect(captions).toEqual(['[Telephone: a private call]']);
    // The port decides that a muted cue is not heard; the inspector still hands it over.
    expect(take()).toEqual([
      'muted',
      'volume 0.7',
      'mood silence',
      'mood calm',
      'play ui-start',
      'play telephone',
      'unmuted',
      'play ui-toggle',
    ]);
  });
});
