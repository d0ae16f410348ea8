/**
 * `npm run bench`: speed figures, measured with tinybench (never by timed tests).
 * Each task reports its mean and p95 in milliseconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { loadScenario } from '../src/scenario/loader';

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
};

const bench = new Bench({ time: 300, warmupTime: 50, retainSamples: true });
bench.add('scenario: load + validate Geneva', () => {
  loadScenario(geneva, 'geneva');
});
for (const [name, text] of Object.entries(hostile)) {
  bench.add(`scenario: reject a file ${name}`, () => {
    loadScenario(text, 'hostile');
  });
}

await bench.run();
console.table(
  bench.tasks.map((task) => {
    const latency = task.result.state === 'completed' ? task.result.latency : undefined;
    return {
      task: task.name,
      'p50 ms': latency?.p50.toFixed(3),
      'p95 ms': percentile(latency?.samples ?? [], 0.95).toFixed(3),
      'max ms': latency?.max.toFixed(3),
      samples: latency?.samplesCount,
    };
  }),
);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
