import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { rootMachine } from './rootMachine';

function start(soundOn = true, persist = vi.fn()) {
  const machine = rootMachine.provide({
    actions: { persistSettings: (_, params) => persist(params) },
  });
  const actor = createActor(machine, { input: { soundOn } });
  actor.start();
  return { actor, persist };
}

describe('root machine', () => {
  it('boots, shows the title, then the briefing on Start', () => {
    const { actor } = start();
    expect(actor.getSnapshot().value).toBe('booting');
    actor.send({ type: 'boot.progress', value: 0.5 });
    expect(actor.getSnapshot().context.loadProgress).toBe(0.5);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('booting');
    actor.send({ type: 'boot.loaded' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('title');
  });

  it('clamps load progress to 0..1', () => {
    const { actor } = start();
    actor.send({ type: 'boot.progress', value: 7 });
    expect(actor.getSnapshot().context.loadProgress).toBe(1);
    actor.send({ type: 'boot.progress', value: -1 });
    expect(actor.getSnapshot().context.loadProgress).toBe(0);
  });

  it('toggles sound and persists the new value', () => {
    const { actor, persist } = start(true);
    actor.send({ type: 'settings.sound.toggle' });
    expect(actor.getSnapshot().context.soundOn).toBe(false);
    expect(persist).toHaveBeenLastCalledWith({ soundOn: false });
    actor.send({ type: 'settings.sound.toggle' });
    expect(persist).toHaveBeenLastCalledWith({ soundOn: true });
  });

  it('goes to the failure screen from any state and keeps what went wrong', () => {
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    const failure = { what: 'A file did not load', detail: 'assets/x.svg', fix: 'Reload the page.' };
    actor.send({ type: 'app.failed', failure });
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.failure).toEqual(failure);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('failed');
  });
});
