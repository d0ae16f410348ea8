/**
 * `npm run bench`: speed figures, measured with tinybench (never by timed tests).
 * Each task reports its mean and p95 in milliseconds.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { delegationPolicy } from '../src/agents/delegationPolicy';
import { playHeadless } from '../src/agents/headlessGame';
import { BUILT_IN } from '../src/agents/mediators/builtIn';
import { analyse } from '../src/engine/analysis';
import { compileRules, initialState } from '../src/engine/game';
import { begin, viewFor } from '../src/engine/moves';
import { rngFrom, seedStreams } from '../src/engine/rng';
import { generatedModel } from '../src/engine/testing/generatedModel';
import { driveGame } from '../src/flow/driveGame';
import { loadScenario } from '../src/scenario/loader';
import { scenarioSchema } from '../src/scenario/schema';
import { MINIMAL_SCENARIO } from '../src/scenario/testing/minimalScenario';
import { largestScenario, largestScenarioText } from '../src/testing/largestScenario';
import { describeLoad, measureLoad } from './benchLoad';
import { measureMemory } from './benchMemory';

const root = join(import.meta.dirname, '..');
const geneva = readFileSync(join(root, 'scenarios', 'geneva-2-2014.yaml'), 'utf8');

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) {
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  }
  return lines.join('\n');
}

const hostile: Record<string, string> = {
  'cut off half-way': geneva.slice(0, geneva.length / 2),
  '10 MB long': `# ${'x'.repeat(10 * 1_048_576)}\n`,
  'nested 20,000 deep': `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  'full of aliases': aliasBomb(),
  'not YAML at all': '<html><body>not a scenario</body></html>',
  'of 50,000 unknown keys (1 MB)': `${MINIMAL_SCENARIO}${Array.from({ length: 50_000 }, (_, i) => `unknown-key-${i}: 1\n`).join('')}`,
};

// Engine first, scenario files second: the 10 MB hostile file leaves garbage that would skew the engine's figures.
const bench = new Bench({ time: 1000, warmupTime: 300, retainSamples: true });
const files = new Bench({ time: 300, warmupTime: 50, retainSamples: true });
files.add('scenario: load + validate Geneva', () => {
  loadScenario(geneva, 'geneva');
});
const largestText = largestScenarioText();
files.add('scenario: load + validate the largest valid scenario (600 KB)', () => {
  loadScenario(largestText, 'largest');
});
for (const [name, text] of Object.entries(hostile)) {
  files.add(`scenario: reject a file ${name}`, () => {
    loadScenario(text, 'hostile');
  });
}

const loaded = loadScenario(geneva, 'geneva');
if (!loaded.ok) throw new Error('the Geneva scenario does not load');
const rules = compileRules(loaded.scenario);
const started = begin(rules, initialState(rules, 1)).state;
const texts = Array.from({ length: 243 }, (_, n) =>
  [0, 1, 2, 3, 4].map((i) => Math.floor(n / 3 ** (4 - i)) % 3),
);
let textIndex = 0;
const rng = rngFrom(seedStreams(1, 1)[0]!);
bench.add('engine: one delegation answers a tabled text (Geneva)', () => {
  const text = texts[textIndex++ % texts.length]!;
  delegationPolicy(viewFor(rules, started, textIndex % 3, text), rng);
});
bench.add('engine: analyse Geneva (243 texts: frontier, Nash, K–S, zone)', () => {
  analyse(rules.model);
});
// The schema's limits: 8 delegations answer the status quo of 12 issues of 12 options, each searching for a
// counter-proposal to its work budget (agents/counterProposal.ts).
const largest = compileRules(scenarioSchema.parse(largestScenario()));
const largestStarted = begin(largest, initialState(largest, 1)).state;
bench.add('engine: 8 delegations answer a tabled text at the schema limits (12 issues × 12 options)', () => {
  for (let p = 0; p < largest.model.parties.length; p++)
    delegationPolicy(viewFor(largest, largestStarted, p, largest.model.statusQuo), rng);
});
let gameSeed = 0;
for (const strategy of ['random', 'careful'] as const) {
  bench.add(`engine: one whole game, ${strategy} mediator (engine only)`, () => {
    playHeadless(rules, gameSeed++, BUILT_IN[strategy]!);
  });
}
// The machine's figures come after the engine's, so the engine's are not measured among the machine's garbage.
for (const strategy of ['random', 'careful'] as const) {
  bench.add(`flow: one whole game, ${strategy} mediator, through the root machine`, () => {
    driveGame(loaded.scenario, gameSeed++, BUILT_IN[strategy]!);
  });
}

const big = generatedModel(20, 2, 3);
const slow = new Bench({ iterations: 3, time: 0, warmupIterations: 0, warmup: false, retainSamples: true });
slow.add('engine: analyse a generated scenario of 1,048,576 texts', () => {
  analyse(big);
});

await bench.run();
await slow.run();
await files.run();
console.table(
  [...bench.tasks, ...slow.tasks, ...files.tasks].map((task) => {
    const latency = task.result.state === 'completed' ? task.result.latency : undefined;
    return {
      task: task.name,
      'p50 ms': latency?.p50.toFixed(3),
      'p95 ms': percentile(latency?.samples ?? [], 0.95).toFixed(3),
      'max ms': latency?.max.toFixed(3),
      samples: latency?.samplesCount,
      'per second': latency ? Math.round(1000 / latency.mean) : undefined,
    };
  }),
);
console.log(
  `(one core, Node ${process.version}; games per second = the "per second" column of the whole-game rows)`,
);
// The two figures issue #16 follows: every task above ran in this one thread, one after another.
const perSecond = (name: string) => {
  const task = bench.tasks.find((t) => t.name === name);
  const latency = task?.result.state === 'completed' ? task.result.latency : undefined;
  return latency ? Math.round(1000 / latency.mean).toLocaleString('en') : '?';
};
console.log(
  `games per second, random mediator, one core: engine ${perSecond('engine: one whole game, random mediator (engine only)')}; through the root machine ${perSecond('flow: one whole game, random mediator, through the root machine')}`,
);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

const load = await measureLoad();
if (load) console.log(describeLoad(load));
// Ten whole games in one page: the heap after each (it prints its own table and verdict).
await measureMemory();
