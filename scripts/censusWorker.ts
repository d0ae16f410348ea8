/** One worker thread of the parallel census (scripts/parallelCensus.ts): plays its share and posts it back. */
import { parentPort, workerData } from 'node:worker_threads';
import { census } from '../src/agents/census';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { rulesOf } from '../src/flow/rulesOf';

const { text, file, runs, seed, textRuns, maxTexts, part, parts } = workerData as {
  text: string;
  file: string;
  runs: number;
  seed: number;
  textRuns: number;
  maxTexts: number | null;
  part: number;
  parts: number;
};
const loaded = loadCheckedScenario(text, file);
if (!loaded.ok) throw new Error(`${file} does not load`);
parentPort!.postMessage(
  census(
    rulesOf(loaded.scenario),
    runs,
    seed,
    textRuns,
    { part, parts },
    maxTexts ?? Number.POSITIVE_INFINITY,
  ),
);
