/**
 * The census of src/agents/census.ts on every core (at most 8 worker threads): each thread plays a share of the
 * texts and mediators; the shares are merged back in the census's own order. `npm run simulate -- --census`
 * and `npm run scenario -- analyze` both use it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Census, mergeCensus } from '../src/agents/census';
import { STRATEGY_NAMES } from '../src/agents/mediators/builtIn';
import type { GameLength } from '../src/flow/gameLength';

export interface CensusJob {
  /** The scenario file's text (already checked) and the name it goes by. */
  readonly text: string;
  readonly file: string;
  readonly runs: number;
  readonly seed: number;
  /** Games per fixed text (default: `runs`). */
  readonly textRuns?: number;
  /** At most this many fixed texts (every k-th); default all. */
  readonly maxTexts?: number;
  /** The full game (default) or the scenario's short one. */
  readonly length?: GameLength;
  /** Worker threads (default: the cores, at most 8). */
  readonly threads?: number;
}

export async function parallelCensus(job: CensusJob): Promise<Census> {
  const parts = Math.max(1, Math.min(job.threads ?? availableParallelism(), 8));
  const worker = new URL('./censusWorker.mjs', import.meta.url);
  const slices = await Promise.all(
    Array.from(
      { length: parts },
      (_, part) =>
        new Promise<Census>((done, fail) => {
          const thread = new Worker(worker, {
            workerData: {
              text: job.text,
              file: job.file,
              runs: job.runs,
              seed: job.seed,
              textRuns: job.textRuns ?? job.runs,
              maxTexts: job.maxTexts ?? null,
              part,
              parts,
              length: job.length ?? 'full',
            },
            execArgv: ['--import', 'tsx'],
          });
          thread.once('message', done);
          thread.once('error', fail);
        }),
    ),
  );
  return mergeCensus(slices, STRATEGY_NAMES);
}
