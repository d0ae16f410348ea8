import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AppActor } from '../src/flow/appActor';
import type { RootEvent } from '../src/flow/events';
import { type ClassView, TO_CLIENT, TO_SERVER } from '../src/flow/live/protocol';
import { rootMachine } from '../src/flow/rootMachine';
import { createEventTap } from '../src/platform/live/eventTap';
import { LIVE_SEAT_KEY } from '../src/platform/live/liveSeat';
import { joinAsStudent } from '../src/platform/live/studentLink';
import { restore } from '../src/platform/resume';
import { parseSave } from '../src/platform/save';
import { memoryStorage } from '../src/platform/testing/memoryStorage';
import { genevaCatalog, loopbackServer } from './testing/loopback';

const catalog = genevaCatalog();
const KEY = 'link-test-key';
const loop = loopbackServer(KEY, catalog);
let url = '';

beforeAll(async () => {
  await loop.start();
  url = loop.url();
});
afterAll(() => loop.dispose());

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never happened: ${what}`);
};

/** A student's page as src/main.ts wires it: the root machine, the event tap, the link's resume. */
function studentPage(store: ReturnType<typeof memoryStorage>) {
  let actor: AppActor | undefined;
  const tap = createEventTap(() => actor);
  const heard: RootEvent[] = [];
  actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: catalog, seed: 1, now: 0 },
    inspect: (inspection) => tap.inspect(inspection),
  });
  actor.start();
  actor.send({ type: 'boot.loaded' });
  const page = actor;
  const deps = {
    url,
    tap,
    store,
    send: (event: RootEvent) => {
      heard.push(event);
      page.send(event);
    },
    resume: (saveText: string) => {
      const read = parseSave(saveText);
      if (read.kind !== 'ok') return 'unreadable';
      const restored = restore(read.save, catalog);
      if (!restored.ok) return restored.problem.detail;
      page.send({ type: 'game.resume', run: restored.restored.run, screen: restored.restored.screen });
      return null;
    },
  };
  /** The title's join, as the student types it: the machine asks the page to link (here, the test does). */
  const join = (code: string, name: string, over: Partial<typeof deps> = {}) => {
    page.send({ type: 'title.joinClass', code, name });
    return joinAsStudent({ ...deps, ...over }, code, name);
  };
  return { actor: page, join, heard, log: () => page.getSnapshot().context.run?.log ?? [] };
}

async function openSession(): Promise<{ code: string; teacher: Room; views: ClassView[] }> {
  const { code, teacherToken } = (await loop.openSession()).body;
  const teacher = await new Client(url).joinById(code!, { role: 'teacher', teacherToken });
  const views: ClassView[] = [];
  teacher.onMessage(TO_CLIENT.classView, (view: ClassView) => views.push(view));
  return { code: code!, teacher, views };
}

describe('a student’s page linked to the class server', () => {
  it('plays the server’s game, passes on its moves, takes the server’s game back when a move is refused, and rejoins it', async () => {
    const { code, teacher, views } = await openSession();
    const store = memoryStorage();
    const page = studentPage(store);
    const link = await page.join(code, 'Amina');
    await until(() => page.actor.getSnapshot().matches('briefing'), 'the server’s game on the briefing');
    expect(page.actor.getSnapshot().context.liveClass?.phase).toBe('playing');

    page.actor.send({ type: 'briefing.begin' });
    page.actor.send({ type: 'nav.meet' });
    page.actor.send({ type: 'move.consult', party: 'russia' });
    // A move the page itself refuses (no such party) is never sent.
    page.actor.send({ type: 'move.consult', party: 'atlantis' });
    await until(() => views.at(-1)?.students[0]?.moves === 1, 'the server’s game moved');
    expect(views.at(-1)?.students[0]?.screen).toBe('meetings');
    await new Promise((r) => setTimeout(r, 100));
    expect(page.heard.filter((e) => e.type === 'liveClass.notice')).toEqual([]);

    // Paused by the teacher, a move made here anyway is refused there: the page shows the server's game again.
    teacher.send(TO_SERVER.teacher, { type: 'pause', paused: true });
    await until(() => page.actor.getSnapshot().context.liveClass?.paused === true, 'the pause heard');
    page.actor.send({ type: 'move.consult', party: 'united-states' });
    await until(() => page.heard.some((e) => e.type === 'liveClass.notice'), 'the refusal heard');
    await until(() => page.log().length === 1, 'the server’s game back on the page');
    expect(page.log()).toEqual([{ type: 'consult', party: 'russia' }]);

    // A reload: the token kept for this tab brings back the same game, not a new one.
    expect(JSON.parse(store.getItem(LIVE_SEAT_KEY)!)).toMatchObject({ code, name: 'Amina' });
    link.leave();
    expect(store.getItem(LIVE_SEAT_KEY)).toBeNull();
    const again = studentPage(store);
    store.setItem(LIVE_SEAT_KEY, JSON.stringify({ url, code, name: 'Amina', token: 'not-a-token' }));
    const other = await again.join(code, 'Amina');
    await until(() => again.actor.getSnapshot().context.run !== null, 'a game');
    // A token the server does not know is a new student, with a new game.
    expect(again.log()).toEqual([]);
    other.leave();
    await teacher.leave();
  });

  it('comes back to the same game with the token it kept', async () => {
    const { code, teacher } = await openSession();
    const store = memoryStorage();
    const first = studentPage(store);
    await first.join(code, 'Omar');
    await until(() => first.actor.getSnapshot().matches('briefing'), 'the game');
    first.actor.send({ type: 'briefing.begin' });
    first.actor.send({ type: 'nav.meet' });
    first.actor.send({ type: 'move.statement' });
    await until(() => JSON.parse(store.getItem(LIVE_SEAT_KEY) ?? '{}').token !== undefined, 'the token kept');
    await new Promise((r) => setTimeout(r, 100));
    // The tab is closed without leaving: a new page in the same tab finds its seat.
    const reloaded = studentPage(store);
    await reloaded.join(code, 'Omar');
    await until(() => reloaded.log().length === 1, 'the same game');
    expect(reloaded.log()).toEqual([{ type: 'statement' }]);
    expect(reloaded.actor.getSnapshot().matches({ run: 'meetings' })).toBe(true);
    await teacher.leave();
  });

  it('says in the server’s words why a join fails, and names the address it could not reach', async () => {
    const page = studentPage(memoryStorage());
    await page.join('ZZZZZZ', 'Lina');
    expect(page.actor.getSnapshot().context.liveClass?.phase).toBe('failed');
    expect(page.heard.at(-1)).toEqual({
      type: 'liveClass.failed',
      message: expect.stringMatching(/No live session/),
    });
    const away = studentPage(memoryStorage());
    await away.join('ABCDEF', 'Lina', { url: 'http://127.0.0.1:9' });
    expect(away.heard.at(-1)).toEqual({
      type: 'liveClass.failed',
      message: expect.stringContaining('http://127.0.0.1:9 does not answer'),
    });
  });
});
