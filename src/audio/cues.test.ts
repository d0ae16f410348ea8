import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { rootMachine } from '../flow/rootMachine';
import { cueFor } from './cues';

function titleActor(soundOn: boolean) {
  const actor = createActor(rootMachine, { input: { soundOn } }).start();
  actor.send({ type: 'boot.loaded' });
  return actor;
}

describe('cues', () => {
  it('Start sounds the start cue when it leaves the title', () => {
    const actor = titleActor(true);
    const before = actor.getSnapshot();
    actor.send({ type: 'title.start' });
    expect(cueFor({ type: 'title.start' }, before, actor.getSnapshot())).toBe('ui-start');
  });

  it('stays silent when sound is off, or when the event changed nothing', () => {
    const muted = titleActor(false);
    const before = muted.getSnapshot();
    muted.send({ type: 'title.start' });
    expect(cueFor({ type: 'title.start' }, before, muted.getSnapshot())).toBeUndefined();

    const booting = createActor(rootMachine, { input: { soundOn: true } }).start();
    const early = booting.getSnapshot();
    booting.send({ type: 'title.start' });
    expect(cueFor({ type: 'title.start' }, early, booting.getSnapshot())).toBeUndefined();
  });

  it('clicks when sound is turned on, not when it is turned off', () => {
    const actor = titleActor(true);
    let before = actor.getSnapshot();
    actor.send({ type: 'settings.sound.toggle' });
    expect(cueFor({ type: 'settings.sound.toggle' }, before, actor.getSnapshot())).toBeUndefined();
    before = actor.getSnapshot();
    actor.send({ type: 'settings.sound.toggle' });
    expect(cueFor({ type: 'settings.sound.toggle' }, before, actor.getSnapshot())).toBe('ui-toggle');
  });
});
