import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TO_CLIENT, TO_SERVER } from '../src/flow/live/protocol';
import { parseSave } from '../src/platform/save';

/**
 * Two class-server processes behind one Redis (Debian's redis-server, which .ci/run installs): a session opened
 * on one is joined through the other, and outlives the first process dying.
 */
const REDIS_PORT = 6391;
const PORTS = [2571, 2572] as const;
const KEY = 'two-process-test-key';
const dataDir = mkdtempSync(join(tmpdir(), 'envoy-class-two-'));
const children: ChildProcess[] = [];
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

function startProcess(port: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      CLASS_DATA: dataDir,
      CLASS_SERVER_KEY: KEY,
      REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

async function ready(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the class server on ${port} did not start`);
}

const logOf = (save: string) => {
  const read = parseSave(save);
  if (read.kind !== 'ok') throw new Error('unreadable save');
  return read.save.log;
};

function gameOf(room: Room): Promise<string> {
  return new Promise((resolve) => room.onMessage(TO_CLIENT.game, (m: { save: string }) => resolve(m.save)));
}

beforeAll(async () => {
  if (!hasRedis && process.env.CI)
    throw new Error('redis-server is not installed: apt-get install redis-server');
  if (!hasRedis) return;
  children.push(
    spawn(
      'redis-server',
      ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    ),
  );
  await new Promise((r) => setTimeout(r, 300));
  for (const port of PORTS) startProcess(port);
  await Promise.all(PORTS.map(ready));
}, 60_000);

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

// CI installs redis-server (.ci/run): there, a missing one is a failure, not a skip.
describe.skipIf(!hasRedis && !process.env.CI)('two class-server processes sharing Redis', () => {
  it('joins a session through either process, and keeps it when one dies', async () => {
    const [a, b] = PORTS.map((p) => `http://127.0.0.1:${p}`) as [string, string];
    const response = await fetch(`${a}/live/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'teacher', serverKey: KEY, scenarioId: 'geneva-2-2014', length: 'short' }),
    });
    const { code } = (await response.json()) as { code: string };
    expect(code).toMatch(/^[0-9A-Z]{6}$/);

    const room = await new Client(b).joinById(code, { role: 'student', name: 'Amina' });
    const token = await new Promise<string>((resolve) =>
      room.onMessage(TO_CLIENT.studentToken, (m: { token: string }) => resolve(m.token)),
    );
    room.onMessage('*', () => {});
    for (const event of [
      { type: 'briefing.begin' },
      { type: 'nav.meet' },
      { type: 'move.consult', party: 'russia' },
    ])
      room.send(TO_SERVER.play, { event });
    await new Promise((r) => setTimeout(r, 600));

    children[1]!.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const revived = await fetch(`${b}/live/sessions/${code}/revive`, { method: 'POST' });
    expect(((await revived.json()) as { revived: boolean }).revived).toBe(true);
    const back = await new Client(b).joinById(code, { role: 'student', name: 'Amina', studentToken: token });
    back.onMessage('*', () => {});
    expect(logOf(await gameOf(back))).toEqual([{ type: 'consult', party: 'russia' }]);
    await back.leave();
  });
});
