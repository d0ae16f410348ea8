/** One worker thread of `npm run simulate -- --census`: plays its share of the census and posts it back. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { census } from '../src/agents/census';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { rulesOf } from '../src/flow/rulesOf';

const { file, runs, seed, part, parts } = workerData as {
  file: string;
  runs: number;
  seed: number;
  part: number;
  parts: number;
};
const loaded = loadCheckedScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} does not load`);
parentPort!.postMessage(census(rulesOf(loaded.scenario), runs, seed, runs, { part, parts }));
