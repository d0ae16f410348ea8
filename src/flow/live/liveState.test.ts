import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { loadGeneva } from '../../testing/scenarios';
import { rootMachine } from '../rootMachine';
import { startRun } from '../run';
import { readLiveCode, showLiveCode } from './protocol';

const geneva = loadGeneva();
const entry = { id: geneva.meta.id, scenario: geneva };

function onTitle() {
  const joinLive = vi.fn();
  const leaveLive = vi.fn();
  const actor = createActor(
    rootMachine.provide({
      actions: { joinLive: (_, params) => joinLive(params), leaveLive: () => leaveLive() },
    }),
    { input: { soundOn: false, scenarios: [entry], seed: 3, now: 0 } },
  ).start();
  actor.send({ type: 'boot.loaded' });
  return { actor, joinLive, leaveLive };
}

describe('a live session’s code on the title', () => {
  it('reads as a student types it, and never as an offline class code', () => {
    expect(readLiveCode('abc-1o2')).toEqual({ ok: true, code: 'ABC102' });
    expect(readLiveCode(' K7L 9QX ')).toEqual({ ok: true, code: 'K719QX' });
    expect(readLiveCode('ABCD-1234').ok).toBe(false);
    expect(readLiveCode('ABC-12U').ok).toBe(false);
    expect(showLiveCode('K719QX')).toBe('K71-9QX');
  });

  it('asks the page to join, waits on the title, and shows why a join failed', () => {
    const { actor, joinLive } = onTitle();
    actor.send({ type: 'title.joinClass', code: 'k7m-9qx', name: '  Amina ' });
    expect(joinLive).toHaveBeenCalledWith({ code: 'K7M9QX', name: 'Amina' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.liveClass).toMatchObject({ phase: 'joining', code: 'K7M9QX' });
    expect(actor.getSnapshot().context.joinProblem).toBeNull();
    actor.send({ type: 'liveClass.failed', message: 'No live session has that code.' });
    expect(actor.getSnapshot().context.liveClass).toMatchObject({
      phase: 'failed',
      problem: 'No live session has that code.',
    });
  });

  it('an eight-character code is still an offline class, with no live session', () => {
    const { actor, joinLive } = onTitle();
    actor.send({ type: 'title.joinClass', code: 'ABCD-1234', name: 'Omar' });
    expect(joinLive).not.toHaveBeenCalled();
    expect(actor.getSnapshot().context.liveClass).toBeNull();
  });
});

describe('a game in a live session', () => {
  function playing() {
    const t = onTitle();
    t.actor.send({ type: 'title.joinClass', code: 'K7M9QX', name: 'Amina' });
    t.actor.send({ type: 'liveClass.joined' });
    t.actor.send({ type: 'game.resume', run: startRun(entry, 5, [], 0), screen: 'briefing' });
    return t;
  }

  it('the server’s game goes on the screen it names; the teacher’s pause and news are kept for the page', () => {
    const { actor } = playing();
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({
      type: 'liveClass.session',
      paused: true,
      ended: false,
      mode: 'solo',
      scenarioId: entry.id,
    });
    actor.send({
      type: 'liveClass.news',
      title: 'Iran invited',
      text: 'The Secretary-General invites Iran.',
    });
    expect(actor.getSnapshot().context.liveClass).toMatchObject({
      phase: 'playing',
      paused: true,
      news: { title: 'Iran invited' },
    });
    actor.send({ type: 'liveClass.dismissNews' });
    expect(actor.getSnapshot().context.liveClass?.news).toBeNull();
  });

  it('has no way back to the title from the briefing: an offline game there would be fed to the server', () => {
    const { actor } = playing();
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('briefing');
  });

  it('an offline game started from the title (after a failed join) leaves the session first', () => {
    const { actor, joinLive, leaveLive } = onTitle();
    actor.send({ type: 'title.joinClass', code: 'K7M9QX', name: 'Amina' });
    expect(joinLive).toHaveBeenCalledOnce();
    actor.send({ type: 'liveClass.failed', message: 'No live session has that code.' });
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.liveClass).toBeNull();
    expect(leaveLive).toHaveBeenCalledOnce();
  });

  it('leaving goes back to the title, offline, and closes the link', () => {
    const { actor, leaveLive } = playing();
    actor.send({ type: 'liveClass.leave' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.liveClass).toBeNull();
    expect(actor.getSnapshot().context.run).toBeNull();
    expect(leaveLive).toHaveBeenCalledOnce();
  });

  it('a reload rejoins from any screen with the kept code and name', () => {
    const { actor, joinLive } = onTitle();
    actor.send({ type: 'liveClass.rejoin', code: 'K7M9QX', name: 'Amina' });
    expect(joinLive).toHaveBeenCalledWith({ code: 'K7M9QX', name: 'Amina' });
    expect(actor.getSnapshot().context.liveClass?.phase).toBe('joining');
  });
});
