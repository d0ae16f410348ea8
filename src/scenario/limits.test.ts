import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { loadCheckedScenario } from '../engine/checkScenario';
import { largestScenarioText } from '../testing/largestScenario';
import { formatDiagnostic } from './diagnostic';
import { type LoadResult, loadScenario, MAX_LISTED } from './loader';
import { scenarioSchema } from './schema';
import { MINIMAL_SCENARIO } from './testing/minimalScenario';
import { YamlIndex } from './yamlIndex';

const withKeys = (count: number, key: (i: number) => string) =>
  `${MINIMAL_SCENARIO}${Array.from({ length: count }, (_, i) => `${key(i)}: 1\n`).join('')}`;
const lineOf = (text: string, token: string) => text.slice(0, text.indexOf(token)).split('\n').length;
const errorsOf = (result: LoadResult) => (result.ok ? [] : result.errors);

describe('a file with a great many problems', () => {
  it('lists the first hundred unknown keys, in file order, and counts all 50,000', () => {
    const text = withKeys(50_000, (i) => `unknown-key-${i}`);
    const result = loadScenario(text, 'big.yaml');
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(MAX_LISTED);
    expect(result.counts.errors).toBe(50_000);
    expect(formatDiagnostic(errors[0]!)).toBe(
      `big.yaml:${lineOf(text, 'unknown-key-0:')}:1  error  unknown-key-0: unknown key "unknown-key-0"\n    hint: the keys allowed here are: ${Object.keys(
        scenarioSchema.shape,
      )
        .filter((k) => k !== '$schema')
        .join(', ')}`,
    );
    expect(errors.at(-1)!.path).toBe(`unknown-key-${MAX_LISTED - 1}`);
  }, 30_000);

  it('finds every place through one index of each map: the work grows with the keys, not their square', () => {
    const text = withKeys(5_000, (i) => `k${i}`);
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false });
    const index = new YamlIndex(doc);
    for (let i = 0; i < 5_000; i++) {
      const node = index.nodeAt([`k${i}`], true);
      expect(node?.range?.[0]).toBe(text.indexOf(`\nk${i}:`) + 1);
    }
    // One map indexed, once; one lookup a finding.
    expect(index.indexed).toBe(1);
    expect(index.lookups).toBe(5_000);
  });

  it('finds duplicated keys in one pass, at the second of each, and counts them past the cap', () => {
    const text = withKeys(20_000, () => 'again');
    const result = loadScenario(text, 'dup.yaml');
    const errors = errorsOf(result);
    expect(errors).toHaveLength(MAX_LISTED);
    expect(result.counts.errors).toBe(19_999);
    expect(errors[0]!.line).toBe(lineOf(text, 'again:') + 1);
    expect(errors[0]!.message).toBe('the key "again" appears twice in the same place');
    const nested = 'a:\n  b: 1\n  c: 2\n  b: 3\nd: [{ e: 1, e: 2 }]\n';
    const index = new YamlIndex(parseDocument(nested, { uniqueKeys: false }));
    expect(index.duplicateKeys()).toEqual([nested.indexOf('b: 3'), nested.indexOf('e: 2')]);
  });
});

describe('deep nesting the quick check cannot see is still a clear message at its place', () => {
  const N = 20_000;
  const cases: [string, string, string][] = [
    ['brackets after an escaped quote', `a: ["\\"", ${'['.repeat(N)}${']'.repeat(N)}]\n`, '['],
    ['brackets after an apostrophe', `a: [it's, ${'['.repeat(N)}${']'.repeat(N)}]\n`, '['],
    ['braces after an apostrophe', `a: {it's: ${'{a: '.repeat(N)}1${'}'.repeat(N)}}\n`, '{'],
  ];
  for (const [name, text, opener] of cases) {
    it(name, () => {
      const [error] = errorsOf(loadScenario(text, 'deep.yaml'));
      // The 65th opening bracket, where the nesting passes the limit.
      let offset = -1;
      for (let k = 0; k < 65; k++) offset = text.indexOf(opener, offset + 1);
      expect(formatDiagnostic(error!)).toBe(
        `deep.yaml:1:${offset + 1}  error  (top level): the data is nested more than 64 levels deep from here on\n    hint: a scenario is only a few levels deep: look here for unclosed brackets or runaway indentation`,
      );
    });
  }

  it('explicit keys and sequences on one line', () => {
    for (const text of [
      `${'? '.repeat(N)}x\n`,
      `${'- ? '.repeat(N)}x\n`,
      `a: 1\nb:\n${' '.repeat(200)}c: 1\n`,
    ]) {
      const [error] = errorsOf(loadScenario(text, 'deep.yaml'));
      expect(error?.message).toContain('nested more than 64 levels deep');
      expect(error?.line).toBe(text.startsWith('a:') ? 3 : 1);
    }
  });
});

describe("the YAML library's messages, in an author's words", () => {
  it('a file of several YAML documents', () => {
    const text = `${MINIMAL_SCENARIO}---\na: 1\n---\nb: 2\n`;
    const line = lineOf(text, '---');
    expect(errorsOf(loadScenario(text, 'm.yaml')).map(formatDiagnostic)).toEqual([
      `m.yaml:${line}:1  error  (top level): this file holds 3 YAML documents (line ${line} starts the second): a scenario is one document\n    hint: remove the \`---\` line, or split the file into one scenario per file`,
    ]);
  });

  it('never names the library, its functions or its options', () => {
    const files = [
      `${MINIMAL_SCENARIO}---\n`,
      MINIMAL_SCENARIO.replace('  title: Harbour dispute', '\ttitle: Harbour dispute'),
      MINIMAL_SCENARIO.replace('  title: Harbour dispute', `  ${'x'.repeat(1100)}: 1`),
      MINIMAL_SCENARIO.replace('  title: Harbour dispute', '  title: *nothing'),
      `a: [it's, ${'['.repeat(5_000)}${']'.repeat(5_000)}]\n`,
    ];
    for (const text of files) {
      const errors = errorsOf(loadScenario(text, 'm.yaml')).map(formatDiagnostic).join('\n');
      expect(errors).not.toBe('');
      expect(errors).not.toMatch(/YAML\.|parseAllDocuments|call stack|stack size|Unresolved|option/i);
    }
  });

  it('an alias with no anchor names the alias and where it is', () => {
    const text = MINIMAL_SCENARIO.replace('  title: Harbour dispute', '  title: *nothing');
    const [error] = errorsOf(loadScenario(text, 'm.yaml'));
    expect(formatDiagnostic(error!)).toBe(
      `m.yaml:${lineOf(text, '*nothing')}:10  error  (top level): the alias *nothing names no anchor: nothing before it is marked &nothing\n    hint: mark the value to repeat with &nothing before this line, or write the value out in full here`,
    );
  });
});

describe('the largest valid scenario', () => {
  it('loads, and its result carries the notes and warnings for the author, with their counts', () => {
    const result = loadCheckedScenario(largestScenarioText(), 'largest.json');
    expect(result.ok).toBe(true);
    expect(result.notes.map((n) => n.message)).toEqual([
      'the scenario has 8,916,100,448,256 possible texts; the zone-of-agreement check looked at 1,000,000 of them',
    ]);
    expect(result.counts).toEqual({ errors: 0, warnings: result.warnings.length, notes: 1 });
  }, 20_000);
});
