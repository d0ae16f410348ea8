import { rmSync } from 'node:fs';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClassCode } from '../src/flow/classCode';
import { type ClassView, TO_CLIENT, TO_SERVER } from '../src/flow/live/protocol';
import { parseSave } from '../src/platform/save';
import { genevaCatalog, loopbackServer } from './testing/loopback';

const catalog = genevaCatalog();
const KEY = 'test-key-not-a-secret';
const lines: string[] = [];
const loop = loopbackServer(KEY, catalog, (l) => lines.push(l));
let url = '';

const start = async (mostOpenSessions?: number) => {
  await loop.start(mostOpenSessions ? { mostOpenSessions } : {});
  url = loop.url();
};

/** Resolves with the next message of a type (the SDK delivers in order). */
function next<T>(room: Room, type: string): Promise<T> {
  return new Promise((resolve) => {
    const off = room.onMessage(type, (message: T) => {
      off();
      resolve(message);
    });
  });
}

const openSession = (body: object = {}) => loop.openSession(body);

async function joinStudent(code: string, name: string, studentToken?: string) {
  const client = new Client(url);
  const room = await client.joinById(code, {
    role: 'student',
    name,
    ...(studentToken ? { studentToken } : {}),
  });
  const token = studentToken
    ? Promise.resolve({ token: studentToken })
    : next<{ token: string }>(room, TO_CLIENT.studentToken);
  const game = next<{ save: string }>(room, TO_CLIENT.game);
  return { room, token: (await token).token, save: (await game).save };
}

const logOf = (save: string) => {
  const read = parseSave(save);
  if (read.kind !== 'ok') throw new Error('the server sent a save that does not read');
  return read.save;
};

beforeAll(() => start());
afterAll(() => loop.dispose());

describe('a live class session on loopback', () => {
  it('refuses to open a session without the server key, and names the fix', async () => {
    const refused = await openSession({ serverKey: 'guess' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/server key/);
  });

  it('lets a page served from another address open a session (the key guards it, not the origin)', async () => {
    const preflight = await fetch(`${url}/live/sessions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    // Colyseus's own CORS answers for every route, ours included.
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('gives each session its own code, and students their own games, seen whole only by the teacher', async () => {
    const opened = await openSession();
    const other = await openSession();
    expect(opened.body.code).toMatch(/^[0-9A-Z]{6}$/);
    expect(other.body.code).not.toBe(opened.body.code);
    const code = opened.body.code!;

    const teacher = await new Client(url).joinById(code, {
      role: 'teacher',
      teacherToken: opened.body.teacherToken,
    });
    const amina = await joinStudent(code, 'Amina');
    const omar = await joinStudent(code, 'Omar');
    expect(amina.token).not.toBe(omar.token);
    // Their games are the game of one offline class code, so the class view checks their results.
    const { player, seed, length } = logOf(amina.save);
    expect(player?.name).toBe('Amina');
    const read = readClassCode(player?.classCode ?? '', catalog);
    expect(read.ok && [read.game.seed, read.game.length]).toEqual([seed, length]);
    expect(logOf(omar.save).player?.classCode).toBe(player?.classCode);

    // Amina begins and consults Russia; Omar hears nothing of it.
    const omarHeard: string[] = [];
    omar.room.onMessage('*', (type) => omarHeard.push(String(type)));
    const view = next<ClassView>(teacher, TO_CLIENT.classView);
    amina.room.send(TO_SERVER.play, { event: { type: 'briefing.begin' } });
    amina.room.send(TO_SERVER.play, { event: { type: 'nav.meet' } });
    amina.room.send(TO_SERVER.play, { event: { type: 'move.consult', party: 'russia' } });
    await new Promise((r) => setTimeout(r, 300));
    const seen = await view;
    expect(seen.students.map((s) => s.name)).toEqual(['Student 1', 'Student 2']);
    expect(omarHeard).toEqual([]);

    // A move the rules refuse, and messages that are not moves at all: refused, logged, and the game goes on.
    const refused = next<{ save: string }>(amina.room, TO_CLIENT.refused);
    amina.room.send(TO_SERVER.play, { event: { type: 'move.consult', party: 'atlantis' } });
    expect(logOf((await refused).save).log).toEqual([{ type: 'consult', party: 'russia' }]);
    const problem = next<{ message: string }>(amina.room, TO_CLIENT.problem);
    amina.room.send(TO_SERVER.play, {
      event: { type: 'move.reply', party: 'russia', answer: { kind: 'accept' } },
    });
    expect((await problem).message).toMatch(/ignored/);
    amina.room.send(TO_SERVER.teacher, { type: 'end' });
    amina.room.send('shout', 'x'.repeat(1000));
    await new Promise((r) => setTimeout(r, 200));
    expect(lines.some((l) => l.includes('refused') && l.includes('teacher command from a student'))).toBe(
      true,
    );
    expect(lines.join('\n')).not.toContain(amina.token);

    // The teacher shows names and pauses: students are told, and a move while paused is refused.
    const named = next<ClassView>(teacher, TO_CLIENT.classView);
    teacher.send(TO_SERVER.teacher, { type: 'showNames', shown: true });
    expect((await named).students.map((s) => s.name)).toEqual(['Amina', 'Omar']);
    const paused = next<{ paused: boolean }>(omar.room, TO_CLIENT.session);
    teacher.send(TO_SERVER.teacher, { type: 'pause', paused: true });
    expect((await paused).paused).toBe(true);
    const whilePaused = next<{ save: string }>(amina.room, TO_CLIENT.refused);
    amina.room.send(TO_SERVER.play, { event: { type: 'move.consult', party: 'united-states' } });
    expect(logOf((await whilePaused).save).log).toHaveLength(1);
    // An answer being written is kept while paused: the pause stops moves, not writing (Omar is on his briefing).
    omar.room.send(TO_SERVER.play, {
      event: { type: 'reflection.answer', phase: 'before', index: 0, text: 'Iran first.' },
    });
    teacher.send(TO_SERVER.teacher, { type: 'pause', paused: false });

    // Amina reloads: her token brings back her own game, not a new one.
    await amina.room.leave();
    const back = await joinStudent(code, 'Amina', amina.token);
    expect(logOf(back.save).log).toEqual([{ type: 'consult', party: 'russia' }]);

    // The teacher injects the scenario's last event: it is played into each game, and each student is told.
    const event = catalog[0]!.scenario.events.at(-1)!;
    const news = next<{ title: string; save: string }>(back.room, TO_CLIENT.inject);
    teacher.send(TO_SERVER.teacher, { type: 'inject', eventId: event.id });
    const heard = await news;
    expect(heard.title).toBe(event.title);
    expect(logOf(heard.save).log).toEqual([
      { type: 'consult', party: 'russia' },
      { type: 'inject', event: event.id },
    ]);
    // Sent again, it changes no game: no one is told news that did not happen.
    const omarHeardNews: unknown[] = [];
    omar.room.onMessage(TO_CLIENT.inject, (m) => omarHeardNews.push(m));
    const viewAfter = next<ClassView>(teacher, TO_CLIENT.classView);
    teacher.send(TO_SERVER.teacher, { type: 'inject', eventId: event.id });
    await viewAfter;
    expect(omarHeardNews).toEqual([]);
    const omarAgain = await joinStudent(code, 'Omar', omar.token);
    expect(logOf(omarAgain.save).reflection?.before[0]).toBe('Iran first.');
    await omarAgain.room.leave();
    await Promise.all([back.room.leave(), omar.room.leave(), teacher.leave()]);
  });

  it('brings every game back after a restart, from what it kept', async () => {
    const opened = await openSession();
    const code = opened.body.code!;
    const student = await joinStudent(code, 'Lina');
    student.room.send(TO_SERVER.play, { event: { type: 'briefing.begin' } });
    student.room.send(TO_SERVER.play, { event: { type: 'nav.meet' } });
    student.room.send(TO_SERVER.play, { event: { type: 'move.consult', party: 'coalition' } });
    await new Promise((r) => setTimeout(r, 400));
    await loop.close();
    await start();
    const back = await joinStudent(code, 'Lina', student.token);
    expect(logOf(back.save).log).toEqual([{ type: 'consult', party: 'coalition' }]);
    expect(logOf(back.save).screen).toBe('meetings');
    await back.room.leave();
  });

  it('refuses a join it cannot read, and a code that opens nothing', async () => {
    const opened = await openSession();
    await expect(new Client(url).joinById(opened.body.code!, { role: 'admin' })).rejects.toThrow(
      /could not read/,
    );
    await expect(new Client(url).joinById('ZZZZZZ', { role: 'student', name: 'x' })).rejects.toThrow();
  });

  it('takes only so many open sessions at once, and one ended frees its place', async () => {
    await loop.close();
    // A fresh store: no session of the tests above is brought back to count against the limit.
    rmSync(loop.dataDir, { recursive: true, force: true });
    await start(2);
    const first = await openSession();
    expect((await openSession()).status).toBe(200);
    const full = await openSession();
    expect(full.status).toBe(429);
    expect(full.body.error).toMatch(/end one you no longer need/);
    const teacher = await new Client(url).joinById(first.body.code!, {
      role: 'teacher',
      teacherToken: first.body.teacherToken,
    });
    teacher.send(TO_SERVER.teacher, { type: 'end' });
    await next(teacher, TO_CLIENT.results);
    expect((await openSession()).status).toBe(200);
    await teacher.leave();
  });
});
