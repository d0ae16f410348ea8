import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointsOf } from '../src/engine/game';
import { computerReply } from '../src/flow/hotSeat/computerReply';
import {
  type ClassView,
  type SeatTableStatus,
  type SeatView,
  TO_CLIENT,
  TO_SERVER,
} from '../src/flow/live/protocol';
import { rebuildRun } from '../src/flow/rebuild';
import { rulesOf } from '../src/flow/rulesOf';
import type { RunContext } from '../src/flow/runContext';
import { restore } from '../src/platform/resume';
import { parseSave } from '../src/platform/save';
import { genevaCatalog, loopbackServer } from './testing/loopback';

const catalog = genevaCatalog();
const geneva = catalog[0]!.scenario;
const KEY = 'seats-test-key-not-a-secret';
const loop = loopbackServer(KEY, catalog);
let url = '';

const start = async () => {
  await loop.start();
  url = loop.url();
};
beforeAll(start);
afterAll(() => loop.dispose());

/** Every message a client hears, in order, and a wait for the next one of a type that passes a test. */
function listen(room: Room) {
  const heard: { type: string; message: unknown }[] = [];
  const waits: { type: string; test: (m: never) => boolean; resolve: (m: never) => void }[] = [];
  room.onMessage('*', (type, message) => {
    heard.push({ type: String(type), message });
    for (const wait of [...waits])
      if (wait.type === type && wait.test(message as never)) {
        waits.splice(waits.indexOf(wait), 1);
        wait.resolve(message as never);
      }
  });
  return {
    heard,
    next<T>(type: string, test: (m: T) => boolean = () => true): Promise<T> {
      return new Promise((resolve) => waits.push({ type, test, resolve } as never));
    },
  };
}

async function openSeats(): Promise<{ code: string; teacherToken: string }> {
  const { code, teacherToken } = (await loop.openSession({ mode: 'seats' })).body;
  return { code: code!, teacherToken: teacherToken! };
}

/** A student at the table: the token comes first, then the mediator's game or the delegation's seat view. */
async function sit(code: string, name: string, studentToken?: string) {
  const room = await new Client(url).joinById(code, {
    role: 'student',
    name,
    ...(studentToken ? { studentToken } : {}),
  });
  const ears = listen(room);
  // The token comes first, then the mediator's table status or the delegation's seat view.
  await Promise.race([ears.next(TO_CLIENT.table), ears.next(TO_CLIENT.seat)]);
  const sent = ears.heard.find((h) => h.type === TO_CLIENT.studentToken)?.message as
    | { token: string }
    | undefined;
  return { room, ears, token: studentToken ?? sent?.token ?? '' };
}

const runOf = (save: string): RunContext => {
  const read = parseSave(save);
  if (read.kind !== 'ok') throw new Error('the server sent a save that does not read');
  const restored = restore(read.save, catalog);
  if (!restored.ok) throw new Error(restored.problem.detail);
  return restored.restored.run;
};

const text = Object.fromEntries(geneva.issues.map((issue) => [issue.id, issue.options[1]!.id]));
const tableMove = {
  type: 'move.table',
  parties: geneva.parties.map((p) => p.id),
  text,
};
const lastSeat = (heard: { type: string; message: unknown }[]) =>
  heard.filter((h) => h.type === TO_CLIENT.seat).at(-1)?.message as SeatView;

describe('seats mode: a group plays one negotiation, each student at their own seat', () => {
  let code = '';
  let tokens: Record<string, string> = {};

  it('keeps each delegation to its own side, fills the empty seat, and takes over for a student who left', async () => {
    const opened = await openSeats();
    code = opened.code;
    const teacher = await new Client(url).joinById(code, {
      role: 'teacher',
      teacherToken: opened.teacherToken,
    });
    const teacherEars = listen(teacher);
    const mediator = await sit(code, 'Amina');
    const russia = await sit(code, 'Boris');
    const america = await sit(code, 'Carla');
    tokens = { mediator: mediator.token, russia: russia.token, america: america.token };

    // The mediator hears the game as a save; the delegations hear only their seats, no one's waiting yet.
    expect(mediator.ears.heard.map((h) => h.type)).toContain(TO_CLIENT.game);
    expect(lastSeat(russia.ears.heard)).toMatchObject({ party: 'russia', waiting: false, question: null });
    expect(lastSeat(america.ears.heard).table.seats.map((s) => [s.seat, s.held])).toEqual([
      ['mediator', 'student'],
      ['russia', 'student'],
      ['united-states', 'student'],
      ['coalition', 'computer'],
    ]);

    // A delegation may not play the mediator's moves, nor answer for another party; nothing reaches the table.
    const refusedSeat = russia.ears.next<{ save: string | null }>(TO_CLIENT.refused);
    russia.room.send(TO_SERVER.play, { event: { type: 'briefing.begin' } });
    expect((await refusedSeat).save).toBeNull();

    mediator.room.send(TO_SERVER.play, { event: { type: 'briefing.begin' } });
    mediator.room.send(TO_SERVER.play, { event: { type: 'nav.meet' } });
    const russiaAsked = russia.ears.next<SeatView>(TO_CLIENT.seat, (v) => v.waiting);
    const americaAsked = america.ears.next<SeatView>(TO_CLIENT.seat, (v) => v.waiting);
    const filled = mediator.ears.next<{ save: string }>(TO_CLIENT.game);
    mediator.room.send(TO_SERVER.play, { event: tableMove });

    // The Coalition's seat has no student: the computer answered it at once, as a reply in the game's log.
    const afterTable = runOf((await filled).save);
    expect(afterTable.log.map((m) => m.type === 'reply' && m.party)).toEqual([false, 'coalition']);
    const asked = await russiaAsked;
    expect(asked.question).toMatchObject({ id: 'russia', name: 'Russia' });
    expect(asked.table.waitingFor).toEqual(['russia', 'united-states']);
    await americaAsked;

    // The mediator may not answer for a delegation; a delegation may not answer for another.
    const refusedMediator = mediator.ears.next<{ save: string }>(TO_CLIENT.refused);
    mediator.room.send(TO_SERVER.play, {
      event: { type: 'move.reply', party: 'russia', answer: { kind: 'accept' } },
    });
    expect(runOf((await refusedMediator).save).log).toHaveLength(2);
    const refusedOther = russia.ears.next<{ save: string | null }>(TO_CLIENT.refused);
    russia.room.send(TO_SERVER.play, {
      event: { type: 'move.reply', party: 'united-states', answer: { kind: 'accept' } },
    });
    expect((await refusedOther).save).toBeNull();

    // Russia's student answers; the mediator hears it.
    const answered = mediator.ears.next<{ save: string }>(TO_CLIENT.game);
    russia.room.send(TO_SERVER.play, {
      event: { type: 'move.reply', party: 'russia', answer: { kind: 'reject' } },
    });
    expect(runOf((await answered).save).log.at(-1)).toEqual({
      type: 'reply',
      party: 'russia',
      answer: { kind: 'reject' },
    });

    // The American student leaves with the question open: the computer answers for their seat.
    const takenOver = mediator.ears.next<{ save: string }>(TO_CLIENT.game);
    await america.room.leave();
    const finished = runOf((await takenOver).save);
    expect(finished.pending).toBeNull();
    const log = finished.log;
    expect(log.map((m) => (m.type === 'reply' ? m.party : m.type))).toEqual([
      'table',
      'coalition',
      'russia',
      'united-states',
    ]);
    // The computer's replies are what its policy answers the tabled text, and the game replays from its log.
    const tabled = rebuildRun(catalog[0]!, { ...finished, log: log.slice(0, 1) });
    if (!tabled.ok) throw new Error(tabled.reason);
    const party = (id: string) => geneva.parties.findIndex((p) => p.id === id);
    expect(log[1]).toEqual(computerReply(tabled.run, party('coalition')));
    expect(log[3]).toEqual(computerReply(tabled.run, party('united-states')));
    const replayed = rebuildRun(catalog[0]!, finished);
    if (!replayed.ok) throw new Error(replayed.reason);
    expect(JSON.stringify(replayed.run.journal)).toBe(JSON.stringify(finished.journal));

    // What a delegation's page heard, all of it: its own side, never a save, nothing of another party's.
    const russiaHeard = JSON.stringify(russia.ears.heard);
    expect(russia.ears.heard.map((h) => h.type)).not.toContain(TO_CLIENT.game);
    expect(russiaHeard).not.toContain('"save":"');
    for (const other of geneva.parties.filter((p) => p.id !== 'russia')) {
      expect(russiaHeard).not.toContain(other.name);
      if (other.brief) expect(russiaHeard).not.toContain(other.brief.slice(0, 60));
    }
    for (const field of [
      '"weights"',
      '"walkAwayValues"',
      '"othersPublicPoints"',
      '"trustParties"',
      '"parties":[',
    ])
      expect(russiaHeard).not.toContain(field);
    // Every number a delegation hears under a secret's name is its own: points, walk-away value.
    const rules = rulesOf(geneva);
    const numbers = (field: string) =>
      [
        ...new Set([...russiaHeard.matchAll(new RegExp(`"${field}":(\\d+)`, 'g'))].map((m) => Number(m[1]))),
      ].sort();
    const pointsOfParty = (p: number) =>
      [...new Set(pointsOf(rules, tabled.run.game, p).flat().map(Math.round))].sort();
    expect(numbers('points')).toEqual(pointsOfParty(0));
    expect(pointsOfParty(1)).not.toEqual(pointsOfParty(0));
    expect(pointsOfParty(2)).not.toEqual(pointsOfParty(0));
    expect(numbers('walkAway')).toEqual([Math.round(tabled.run.game.parties[0]!.walkAway)]);
    // Its own question has its own numbers (the checks above can fail: these words are in what it heard).
    expect(russiaHeard).toContain('"walkAway":');
    expect(russiaHeard).toContain(geneva.parties[0]!.name);

    // The teacher sees one row per table and who holds each seat, names hidden.
    const view = teacherEars.heard.filter((h) => h.type === TO_CLIENT.classView).at(-1)!.message as ClassView;
    expect(view.mode).toBe('seats');
    expect(view.students.map((s) => s.name)).toEqual(['Table 1']);
    expect(view.tables![0]!.seats).toEqual([
      { seat: 'Mediator', student: 'Student 1', connected: true },
      { seat: 'RUS', student: 'Student 2', connected: true },
      { seat: 'US', student: 'Student 3', connected: false },
      { seat: 'SNC', student: null, connected: false },
    ]);

    // The American student comes back with their token: their own seat, and the next text waits for them.
    const back = await sit(code, 'Carla', tokens.america);
    expect(lastSeat(back.ears.heard)).toMatchObject({ party: 'united-states', waiting: false });
    const backAsked = back.ears.next<SeatView>(TO_CLIENT.seat, (v) => v.waiting);
    const refilled = mediator.ears.next<{ save: string }>(TO_CLIENT.game);
    mediator.room.send(TO_SERVER.play, { event: { ...tableMove, parties: ['united-states', 'coalition'] } });
    expect(runOf((await refilled).save).log.at(-1)).toMatchObject({ type: 'reply', party: 'coalition' });
    expect((await backAsked).question).toMatchObject({ id: 'united-states' });
    const status = mediator.ears.next<SeatTableStatus>(TO_CLIENT.table, (s) => s.waitingFor.length === 0);
    back.room.send(TO_SERVER.play, {
      event: { type: 'move.reply', party: 'united-states', answer: { kind: 'accept' } },
    });
    expect((await status).waitingFor).toEqual([]);

    // The teacher's news reaches the table's game: the mediator hears it with the game, a delegation without.
    const event = geneva.events.at(-1)!; // a late one: the first has already happened on day one
    const mediatorNews = mediator.ears.next<{ title: string; save: string }>(TO_CLIENT.inject);
    const russiaNews = russia.ears.next<{ title: string; save?: string }>(TO_CLIENT.inject);
    teacher.send(TO_SERVER.teacher, { type: 'inject', eventId: event.id });
    expect(runOf((await mediatorNews).save).log.at(-1)).toMatchObject({ type: 'inject' });
    expect(await russiaNews).toEqual({ title: event.title, text: event.text });
    await Promise.all([mediator.room.leave(), russia.room.leave(), back.room.leave(), teacher.leave()]);
  });

  it('gives the seat the computer held to the next student, and starts a new table when one is full', async () => {
    const fourth = await sit(code, 'Dara');
    const fifth = await sit(code, 'Emil');
    expect(lastSeat(fourth.ears.heard)).toMatchObject({ party: 'coalition', table: { table: 't1' } });
    expect(lastSeat(fourth.ears.heard).table.seats.at(-1)).toEqual({
      seat: 'coalition',
      held: 'student',
      connected: true,
    });
    expect(fifth.ears.heard.find((h) => h.type === TO_CLIENT.table)?.message).toMatchObject({
      table: 't2',
      name: 'Table 2',
    });
    tokens = { ...tokens, coalition: fourth.token, second: fifth.token };
    await Promise.all([fourth.room.leave(), fifth.room.leave()]);
  });

  it('brings every table back after a restart, each student to their own seat', async () => {
    await loop.close();
    await start();
    const mediator = await sit(code, 'Amina', tokens.mediator);
    const russia = await sit(code, 'Boris', tokens.russia);
    const save = (mediator.ears.heard.find((h) => h.type === TO_CLIENT.game)!.message as { save: string })
      .save;
    const log = runOf(save).log;
    expect(log.map((m) => m.type)).toEqual([
      'table',
      'reply',
      'reply',
      'reply',
      'table',
      'reply',
      'reply',
      'inject',
    ]);
    expect(lastSeat(russia.ears.heard)).toMatchObject({ party: 'russia', table: { table: 't1', day: 0 } });
    const coalition = await sit(code, 'Dara', tokens.coalition);
    expect(lastSeat(coalition.ears.heard)).toMatchObject({ party: 'coalition', table: { table: 't1' } });
    const second = await sit(code, 'Emil', tokens.second);
    expect(second.ears.heard.find((h) => h.type === TO_CLIENT.table)?.message).toMatchObject({ table: 't2' });
    await Promise.all([
      mediator.room.leave(),
      russia.room.leave(),
      coalition.room.leave(),
      second.room.leave(),
    ]);
  });
});
