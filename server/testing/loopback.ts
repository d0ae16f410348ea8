import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCheckedScenario } from '../../src/engine/checkScenario';
import type { ScenarioEntry } from '../../src/flow/runContext';
import { type ClassServerOptions, startClassServer } from '../classServer';

/** The shipped Geneva scenario, as the class server's catalog. */
export function genevaCatalog(): ScenarioEntry[] {
  const loaded = loadCheckedScenario(
    readFileSync('scenarios/geneva-2-2014.yaml', 'utf8'),
    'geneva-2-2014.yaml',
  );
  if (!loaded.ok) throw new Error('the Geneva scenario does not load');
  return [{ id: loaded.scenario.meta.id, scenario: loaded.scenario }];
}

/**
 * A class server on loopback for a test file: a port of its own, a store in a fresh folder, restartable (the
 * store outlives a restart, as on a school's machine).
 */
export function loopbackServer(
  key: string,
  catalog: readonly ScenarioEntry[],
  log: (line: string) => void = () => {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'envoy-class-'));
  let server: Awaited<ReturnType<typeof startClassServer>> | null = null;
  let url = '';
  return {
    dataDir,
    url: () => url,
    async start(options: Partial<ClassServerOptions> = {}): Promise<void> {
      server = await startClassServer({
        port: 0,
        host: '127.0.0.1',
        catalog,
        serverKey: key,
        dataDir,
        log,
        ...options,
      });
      url = `http://127.0.0.1:${server.port}`;
    },
    async close(): Promise<void> {
      await server?.close();
      server = null;
    },
    async dispose(): Promise<void> {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    /** POST /live/sessions as a teacher's page does: the status, and the code and token or the error. */
    async openSession(body: object = {}) {
      const response = await fetch(`${url}/live/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          role: 'teacher',
          serverKey: key,
          scenarioId: catalog[0]!.id,
          length: 'short',
          ...body,
        }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { code?: string; teacherToken?: string; error?: string },
      };
    },
  };
}
