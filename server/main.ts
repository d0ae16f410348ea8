import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScenarioEntry } from '../src/flow/runContext';
import { catalogOf } from '../src/platform/catalogOf';
import { startClassServer } from './classServer';

/** `npm run class`: the class server on this machine, serving the built game and its live sessions. */
const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.CLASS_DATA ?? join(root, '.class-data'));
const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

/** The shipped scenarios, read from disk and checked by the game's own loader. */
function shippedCatalog(): ScenarioEntry[] {
  const folder = join(root, 'scenarios');
  const texts = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  );
  const { entries, problems } = catalogOf(texts);
  for (const { file, errors } of problems)
    log(`scenarios/${file}: not loaded (${errors.length} errors; npm run scenario -- validate ${file})`);
  return entries;
}

/** The key teachers create sessions with: CLASS_SERVER_KEY, or one made once and kept in a file only this user reads. */
function serverKey(): { key: string; where: string } {
  if (process.env.CLASS_SERVER_KEY) return { key: process.env.CLASS_SERVER_KEY, where: 'CLASS_SERVER_KEY' };
  const file = join(dataDir, 'server-key.txt');
  if (!existsSync(file)) {
    writeFileSync(file, `${randomBytes(9).toString('base64url')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { key: readFileSync(file, 'utf8').trim(), where: file };
}

// The built game students are served: dist/ unless CLASS_STATIC names another build (the browser tests' own).
const dist = resolve(process.env.CLASS_STATIC ?? join(root, 'dist'));
mkdirSync(dataDir, { recursive: true });
const key = serverKey();
const server = await startClassServer({
  port,
  host,
  catalog: shippedCatalog(),
  serverKey: key.key,
  dataDir: join(dataDir, 'sessions'),
  ...(existsSync(dist) ? { staticDir: dist } : {}),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
  log,
});
log(`class server on port ${server.port}${process.env.REDIS_URL ? ' (sessions shared through Redis)' : ''}`);
log(`the teacher's server key is in ${key.where}`);
if (!existsSync(dist)) log('no built game in dist/: run `npm run build` to serve the game from here');
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
