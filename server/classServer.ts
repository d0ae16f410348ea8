import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { LocalDriver, LocalPresence, matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { CLASS_ROOM, createOptionsSchema, liveCodeFrom, MOST_MESSAGE_BYTES } from '../src/flow/live/protocol';
import type { ScenarioEntry } from '../src/flow/runContext';
import { NEUTRAL_STRINGS } from '../src/flow/strings';
import { awaitRoom, ClassRoom, provideRoomContext } from './classRoom';
import { ClassSession } from './classSession';
import { joinLimiter } from './joinLimiter';
import { folderStore } from './sessionStore';

const WORDS = NEUTRAL_STRINGS.liveClass.problems;

export interface ClassServerOptions {
  readonly port: number;
  readonly host: string;
  readonly catalog: readonly ScenarioEntry[];
  /** Creating sessions needs it: the teacher has it, students do not. */
  readonly serverKey: string;
  readonly dataDir: string;
  /** The built game, served to students from the same address. */
  readonly staticDir?: string;
  readonly redisUrl?: string;
  /** Where students reach this process itself (host:port), when several processes share the sessions. */
  readonly publicAddress?: string;
  readonly log: (line: string) => void;
  /** Join attempts allowed per address per minute. */
  readonly joinsPerMinute?: number;
  /** Sessions open (not ended) at once, across every process: a leaked or guessed key cannot fill the server. */
  readonly mostOpenSessions?: number;
}

export const MOST_OPEN_SESSIONS = 60;

/** The codes in use, claimed in the presence (one Redis for several processes): a code is never handed out twice. */
const CODES_KEY = 'envoy:live:codes';

export async function startClassServer(options: ClassServerOptions) {
  const { catalog, log } = options;
  const store = folderStore(options.dataDir, log);
  const deps = { catalog, now: () => Date.now(), log };
  const allowJoin = joinLimiter(options.joinsPerMinute ?? 120, 60_000, Date.now).allow;
  provideRoomContext({ ...deps, store, allowJoin });

  const presence = options.redisUrl ? new RedisPresence(options.redisUrl) : new LocalPresence();
  const driver = options.redisUrl ? new RedisDriver(options.redisUrl) : new LocalDriver();
  const http = createServer();
  const server = new Server({
    greet: false,
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    presence,
    driver,
    transport: new WebSocketTransport({ server: http, maxPayload: MOST_MESSAGE_BYTES }),
    express: (app) => {
      app.post('/live/sessions', express.json({ limit: '4kb' }), async (req, res) => {
        if (!allowJoin(req.ip ?? 'unknown')) return void res.status(429).json({ error: WORDS.tooMany });
        const parsed = createOptionsSchema.safeParse(req.body);
        if (!parsed.success) return void res.status(400).json({ error: WORDS.badJoin });
        if (parsed.data.serverKey !== options.serverKey)
          return void res.status(403).json({ error: WORDS.badKey });
        const open = (await matchMaker.query({ name: CLASS_ROOM })).filter((r) => !r.metadata?.ended);
        if (open.length >= (options.mostOpenSessions ?? MOST_OPEN_SESSIONS))
          return void res.status(429).json({ error: WORDS.tooManySessions });
        const code = await claimCode();
        const made = ClassSession.create(deps, {
          code,
          scenarioId: parsed.data.scenarioId,
          length: parsed.data.length,
          mode: parsed.data.mode,
          seed: randomBytes(4).readUInt32BE() & 0x3fff,
        });
        if (typeof made === 'string') return void res.status(404).json({ error: WORDS.noScenario });
        await openRoom(made.session);
        log(
          `session ${code}: opened (${parsed.data.scenarioId}, ${parsed.data.length}, ${parsed.data.mode})`,
        );
        res.json({ code, teacherToken: made.teacherToken });
      });
      app.post('/live/sessions/:code/revive', async (req, res) => {
        if (!allowJoin(req.ip ?? 'unknown')) return void res.status(429).json({ error: WORDS.tooMany });
        const code = String(req.params.code);
        res.json({ revived: await revive(code) });
      });
      if (options.staticDir) app.use(express.static(options.staticDir, { index: 'index.html' }));
    },
  });
  server.define(CLASS_ROOM, ClassRoom);

  async function claimCode(): Promise<string> {
    for (;;) {
      const code = liveCodeFrom(randomBytes(6));
      if ((await presence.hincrby(CODES_KEY, code, 1)) === 1) return code;
    }
  }

  async function openRoom(session: ClassSession): Promise<void> {
    awaitRoom(session);
    await matchMaker.handleCreateRoom(
      CLASS_ROOM,
      { code: session.stored.code },
      undefined,
      session.stored.code,
    );
  }

  /** Whether a room listed in the driver still answers: its process may have died without removing it. */
  async function answers(code: string): Promise<boolean> {
    try {
      await matchMaker.remoteRoomCall(code, 'hasReachedMaxClients', undefined, 1500);
      return true;
    } catch {
      return false;
    }
  }

  /** A session kept in the store whose room is gone (a restart, a process that died): its room again, here. */
  async function revive(code: string): Promise<boolean> {
    const listed = (await matchMaker.query({ roomId: code })).length > 0;
    if (listed && (await answers(code))) return true;
    const stored = store.read(code);
    if (!stored || stored.ended) return false;
    // Only one process revives a session at a time: the first to count it in the next few seconds.
    if ((await presence.hincrbyex(`${CODES_KEY}:reviving`, code, 1, 10)) !== 1) return false;
    if (listed) await matchMaker.driver.remove(code);
    const session = ClassSession.revive(deps, stored);
    if (typeof session === 'string') {
      log(session);
      return false;
    }
    await openRoom(session);
    log(`session ${code}: brought back with ${session.games.size + (session.desk?.tables.size ?? 0)} games`);
    return true;
  }

  await server.listen(options.port, options.host);
  for (const stored of store.open()) await revive(stored.code);
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    async close(): Promise<void> {
      await server.gracefullyShutdown(false);
    },
  };
}
