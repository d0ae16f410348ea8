import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { startClassServer } from '../server/classServer';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { type ClassView, TO_CLIENT, TO_SERVER } from '../src/flow/live/protocol';

/**
 * `npm run bench:class`: 40 students on loopback play whole short games against one class server. Prints the time
 * for all to join and hear their game, the game events the server took per second, and memory per game.
 */
const STUDENTS = 40;
const loaded = loadCheckedScenario(
  readFileSync('scenarios/geneva-2-2014.yaml', 'utf8'),
  'geneva-2-2014.yaml',
);
if (!loaded.ok) throw new Error('the Geneva scenario does not load');
const dataDir = mkdtempSync(join(tmpdir(), 'envoy-class-bench-'));
const server = await startClassServer({
  port: 0,
  host: '127.0.0.1',
  catalog: [{ id: loaded.scenario.meta.id, scenario: loaded.scenario }],
  serverKey: 'bench',
  dataDir,
  log: () => {},
  joinsPerMinute: 10_000,
});
const url = `http://127.0.0.1:${server.port}`;
const opened = (await (
  await fetch(`${url}/live/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      role: 'teacher',
      serverKey: 'bench',
      scenarioId: loaded.scenario.meta.id,
      length: 'short',
    }),
  })
).json()) as { code: string; teacherToken: string };
const teacher = await new Client(url).joinById(opened.code, {
  role: 'teacher',
  teacherToken: opened.teacherToken,
});
let latest: ClassView | null = null;
teacher.onMessage(TO_CLIENT.classView, (view: ClassView) => {
  latest = view;
});

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const joinStart = performance.now();
const rooms: Room[] = await Promise.all(
  Array.from({ length: STUDENTS }, async (_, i) => {
    const room = await new Client(url).joinById(opened.code, { role: 'student', name: `Student ${i + 1}` });
    for (const type of Object.values(TO_CLIENT)) if (type !== TO_CLIENT.game) room.onMessage(type, () => {});
    await new Promise<void>((resolve) => room.onMessage(TO_CLIENT.game, () => resolve()));
    return room;
  }),
);
const joinMs = performance.now() - joinStart;

const parties = loaded.scenario.parties.map((p) => p.id);
const script = (i: number) => [
  { type: 'briefing.begin' },
  ...Array.from({ length: 5 }, (_, day) => [
    { type: 'nav.nextDay' },
    { type: 'nav.meet' },
    { type: 'move.consult', party: parties[(i + day) % parties.length] },
    { type: 'move.statement' },
    { type: 'move.endDay' },
  ]).flat(),
  { type: 'nav.meet' },
  { type: 'move.callConference' },
];
const playStart = performance.now();
let sent = 0;
for (const [i, room] of rooms.entries())
  for (const event of script(i)) {
    room.send(TO_SERVER.play, { event });
    sent++;
  }
const finished = () =>
  (latest as ClassView | null)?.students.filter((s) => s.outcome !== null || s.moves >= 11).length ?? 0;
while (finished() < STUDENTS && performance.now() - playStart < 60_000)
  await new Promise((r) => setTimeout(r, 20));
const playMs = performance.now() - playStart;
global.gc?.();
const heapPerGame = (process.memoryUsage().heapUsed - heapBefore) / STUDENTS;

const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)} ${value}\n`);
line(`${STUDENTS} students joined and sent their game`, `${joinMs.toFixed(0)} ms`);
line(`games played through (of ${STUDENTS})`, `${finished()}`);
line(
  'game events the server took',
  `${sent} in ${playMs.toFixed(0)} ms = ${((sent / playMs) * 1000).toFixed(0)}/s`,
);
line('memory per game (heap, after GC)', `${(heapPerGame / 1024).toFixed(0)} KiB`);
await Promise.all(rooms.map((r) => r.leave()));
await teacher.leave();
await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
