/** One worker thread of the parallel census (scripts/parallelCensus.ts): plays its share and posts it back. */
import { parentPort, workerData } from 'node:worker_threads';
import { census } from '../src/agents/census';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { type GameLength, withLength } from '../src/flow/gameLength';
import { rulesOf } from '../src/flow/rulesOf';

const { text, file, runs, seed, textRuns, maxTexts, part, parts, length } = workerData as {
  text: string;
  file: string;
  runs: number;
  seed: number;
  textRuns: number;
  maxTexts: number | null;
  part: number;
  parts: number;
  length: GameLength;
};
const loaded = loadCheckedScenario(text, file);
if (!loaded.ok) throw new Error(`${file} does not load`);
parentPort!.postMessage(
  census(
    rulesOf(withLength(loaded.scenario, length)),
    runs,
    seed,
    textRuns,
    { part, parts },
    maxTexts ?? Number.POSITIVE_INFINITY,
  ),
);
