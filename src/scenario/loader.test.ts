import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { type LoadResult, loadScenario } from './loader';
import { MINIMAL_SCENARIO } from './testing/minimalScenario';

const GENEVA_PATH = join(import.meta.dirname, '..', '..', 'scenarios', 'geneva-2-2014.yaml');
const GENEVA = readFileSync(GENEVA_PATH, 'utf8');

/** The formatted errors (and warnings) of a file, as an author would read them. */
function report(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatDiagnostic);
}

function mutate(source: string, find: string, replace: string): string {
  if (!source.includes(find)) throw new Error(`fixture text not found: ${find}`);
  return source.replace(find, replace);
}

describe('the Geneva scenario', () => {
  it('validates with no warnings', () => {
    const result = loadScenario(GENEVA, 'geneva-2-2014.yaml');
    expect(report(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is frozen after loading and loads the same every time', () => {
    const a = loadScenario(GENEVA, 'g.yaml');
    const b = loadScenario(GENEVA, 'g.yaml');
    if (!a.ok || !b.ok) throw new Error('expected the scenario to load');
    expect(a.scenario).toEqual(b.scenario);
    expect(Object.isFrozen(a.scenario)).toBe(true);
    expect(Object.isFrozen(a.scenario.parties[0]!.values)).toBe(true);
    expect(() => {
      (a.scenario.parties[0]!.walkAway as { value: number }).value = 0;
    }).toThrow(TypeError);
  });

  it('names the parties, leaders and issues the article supports', () => {
    const result = loadScenario(GENEVA, 'g.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    const { scenario } = result;
    expect(scenario.mediator.name).toBe('Lakhdar Brahimi');
    expect(scenario.parties.map((p) => [p.id, p.leaders.map((l) => l.name)])).toEqual([
      ['russia', ['Sergei Lavrov', 'Gennady Gatilov']],
      ['united-states', ['John Kerry']],
      ['coalition', ['Ahmad al-Jarba', 'Badr Jamous']],
    ]);
    expect(scenario.issues.map((i) => i.id)).toEqual([
      'iran',
      'preconditions',
      'guarantees',
      'delegation',
      'date',
    ]);
    expect(scenario.calendar).toMatchObject({ start: '2014-01-12', conference: '2014-01-22' });
    const paris = scenario.events.find((e) => e.id === 'paris-kerry-lavrov');
    expect(paris?.date).toBe('2014-01-13');
    expect(paris?.probability).toBeUndefined();
    expect(scenario.events.find((e) => e.id === 'lavrov-meets-coalition')?.probability).toBeGreaterThan(0);
  });

  it('cites each debrief fact the history asks for', () => {
    const result = loadScenario(GENEVA, 'g.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    const byDate = new Map(result.scenario.debrief.history.map((h) => [h.date, h]));
    expect(byDate.get('2014-01-13')?.sources).toContain('us-mission-geneva-2014-01-13');
    expect(byDate.get('2014-01-18')?.text).toContain('58 for and 14 against');
    expect(byDate.get('2014-01-18')?.sources).toEqual(['un-sg-2014-01-18', 'ap-2014-01-18']);
    expect(byDate.get('2014-01-19')?.sources).toContain('un-sg-2014-01-19');
    expect(byDate.get('2014-01-20')?.sources).toEqual(['un-noon-2014-01-20', 'reuters-2014-01-20']);
    expect(byDate.get('2014-01-22')?.text).toContain('Montreux');
  });
});

describe('error messages, one fixture per kind of mistake', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a value of the wrong type',
      '        none:\n          points: 10\n',
      '        none:\n          points: high\n',
      ['g.yaml:408:19  error  parties[2].values.preconditions.none.points: expected a number, found "high"'],
    ],
    [
      'a number out of range',
      '        none:\n          points: 10\n',
      '        none:\n          points: 120\n',
      [
        'g.yaml:408:19  error  parties[2].values.preconditions.none.points: expected a number of at most 100, found 120',
      ],
    ],
    [
      'an unknown key, with a suggestion',
      '    walkAway:\n      value: 55\n      evidence:\n        inferred: Moscow',
      '    walkaway:\n      value: 55\n      evidence:\n        inferred: Moscow',
      [
        'g.yaml:200:5  error  parties[0].walkaway: unknown key "walkaway"\n    hint: did you mean "walkAway"?',
      ],
    ],
    [
      'a misspelt choice',
      '      style: linear\n',
      '      style: lineal\n',
      [
        'g.yaml:333:14  error  parties[1].concession.style: "lineal" is not one of: boulware, linear, conceder\n    hint: did you mean "linear"?',
      ],
    ],
    [
      'a reference to a party that does not exist',
      '        united-states: 45\n',
      '        united-state: 45\n',
      [
        'g.yaml:212:9  error  parties[0].trust.parties.united-state: there is no party "united-state"\n    hint: did you mean "united-states"?',
        'g.yaml:212:9  warning  parties[0].trust.parties: russia gives no trust value for "united-states"; it counts as 50\n    hint: add trust.parties.united-states',
      ],
    ],
    [
      'a citation of a source that does not exist',
      '    concession:\n      style: boulware\n      evidence:\n        source: moscow-times-2014-01-12\n        quote: "It has repeatedly',
      '    concession:\n      style: boulware\n      evidence:\n        source: moscow-times\n        quote: "It has repeatedly',
      [
        'g.yaml:468:17  error  parties[2].concession.evidence.source: there is no source "moscow-times"\n    hint: did you mean "moscow-times-2014-01-12"?',
      ],
    ],
    [
      'evidence that is both cited and inferred',
      '        inferred: Moscow wants the conference to happen',
      '        source: moscow-times-2014-01-12\n        inferred: Moscow wants the conference to happen',
      [
        'g.yaml:203:9  error  parties[0].walkAway.evidence: evidence is both cited (source, quote) and inferred\n    hint: keep source and quote if a source says it; keep only inferred if none does',
      ],
    ],
    [
      'an event outside the calendar',
      '    date: 2014-01-19\n    probability: 0.25',
      '    date: 2014-01-29\n    probability: 0.25',
      [
        'g.yaml:641:11  error  events[5].date: the event date 2014-01-29 is outside the calendar (2014-01-12 to 2014-01-22)\n    hint: move the event inside the calendar, or widen the calendar',
      ],
    ],
    [
      'a newer schema version',
      'schemaVersion: 1\n',
      'schemaVersion: 2\n',
      [
        'g.yaml:5:16  error  schemaVersion: this scenario is for a newer version of the game (schemaVersion 2); this game reads schemaVersion 1\n    hint: update the game, or ask the author for a file written for this version',
      ],
    ],
    [
      'a duplicated key',
      '  conference: 2014-01-22\n',
      '  conference: 2014-01-22\n  conference: 2014-01-23\n',
      [
        'g.yaml:555:3  error  (top level): the key "conference" appears twice in the same place\n    hint: keep one of them: the second would silently replace the first',
      ],
    ],
    ['broken YAML', '  actionsPerDay: 3\n', '  actionsPerDay: [3\n', []],
    [
      'a bad colour',
      '    colour: "#7a6a8f"\n',
      '    colour: purple\n',
      [
        'g.yaml:91:13  error  parties[0].colour: "purple" is not a colour\n    hint: write a colour as #rrggbb, e.g. #4a6b8a',
      ],
    ],
    [
      'a bad date',
      '  start: 2014-01-12\n',
      '  start: 12/01/2014\n',
      [
        'g.yaml:553:10  error  calendar.start: expected a date as YYYY-MM-DD, found "12/01/2014"\n    hint: e.g. 2014-01-22',
      ],
    ],
    [
      'a red line on an option that does not exist',
      '      - issue: preconditions\n        option: assad-steps-down',
      '      - issue: preconditions\n        option: assad-leaves',
      [
        'g.yaml:196:17  error  parties[0].redLines[0].option: there is no option "assad-leaves"\n    hint: the options are: assad-steps-down, transition-aim, none',
      ],
    ],
  ];

  for (const [name, find, replace, expected] of cases) {
    it(name, () => {
      const result = loadScenario(mutate(GENEVA, find, replace), 'g.yaml');
      expect(result.ok).toBe(false);
      if (expected.length > 0) expect(report(result)).toEqual(expected);
      else
        expect(report(result)[0]).toMatch(
          /^g\.yaml:\d+:\d+ {2}error {2}\(top level\): this is not valid YAML or JSON: .+\n {4}hint: /,
        );
    });
  }

  it('an option nobody scored is a warning, counted as 0', () => {
    const source = mutate(
      MINIMAL_SCENARIO,
      '        high: { points: 100, evidence: { inferred: gains income } }\n',
      '',
    );
    const result = loadScenario(source, 'm.yaml');
    expect(result.ok).toBe(true);
    expect(report(result)).toEqual([
      'm.yaml:50:9  warning  parties[1].values.fees: south gives no points to option "high" of "fees"; it counts as 0\n    hint: add values.fees.high: { points: …, evidence: … }',
    ]);
  });

  it('warns when no text can clear every walk-away', () => {
    const source = MINIMAL_SCENARIO.replaceAll('walkAway: { value: 40,', 'walkAway: { value: 90,');
    const result = loadScenario(source, 'm.yaml');
    expect(result.ok).toBe(true);
    expect(report(result)).toEqual([
      "m.yaml:18:3  warning  parties: no zone of agreement: no negotiating text clears every party's walk-away value and red lines\n    hint: lower a walk-away value, soften a red line, or give the parties an option they can all live with",
    ]);
  });

  it('reports duplicate ids and missing weights', () => {
    const source = mutate(
      mutate(
        MINIMAL_SCENARIO,
        '      berths: { weight: 1, evidence: { source: paper, quote: North wants berths. } }\n',
        '',
      ),
      '  - id: south\n    name: South Town',
      '  - id: north\n    name: South Town',
    );
    const messages = report(loadScenario(source, 'm.yaml'));
    expect(messages).toContain(
      'm.yaml:26:7  error  parties[0].weights: no weight for the issue "berths"\n    hint: add weights.berths with a positive weight and its evidence',
    );
    expect(messages).toContain(
      'm.yaml:37:9  error  parties[1].id: the party id "north" is used twice\n    hint: it is first used at parties[0].id; give each party its own id',
    );
  });

  it('refuses a file without a schemaVersion, with the line to add', () => {
    expect(report(loadScenario(MINIMAL_SCENARIO.replace('schemaVersion: 1\n', ''), 'm.yaml'))).toEqual([
      'm.yaml:1:1  error  (top level): the file has no schemaVersion\n    hint: add "schemaVersion: 1" at the top',
    ]);
  });

  it('reads JSON with $schema and places its errors by line and column', () => {
    const result = loadScenario(GENEVA, 'g.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    const json = JSON.stringify({ $schema: './scenario.schema.json', ...result.scenario }, null, 2);
    expect(loadScenario(json, 'g.json').ok).toBe(true);
    const broken = json.replace('"actionsPerDay": 3', '"actionsPerDay": 0');
    const line = broken.split('\n').findIndex((l) => l.includes('"actionsPerDay": 0')) + 1;
    expect(report(loadScenario(broken, 'g.json'))).toEqual([
      `g.json:${line}:22  error  calendar.actionsPerDay: expected a number of at least 1, found 0`,
    ]);
  });
});

describe('hostile and broken files get a clean error', () => {
  const firstError = (text: string) => {
    const result = loadScenario(text, 'bad.yaml');
    expect(result.ok).toBe(false);
    return result.ok ? '' : formatDiagnostic(result.errors[0]!);
  };

  it('an empty file', () => {
    expect(firstError('')).toBe(
      'bad.yaml:1:1  error  (top level): the file is empty\n    hint: start from scenarios/geneva-2-2014.yaml: copy it and change it',
    );
    expect(firstError('   \n# just a comment\n')).toContain('the file is empty');
  });

  it('text that is not YAML at all', () => {
    expect(firstError('<html><body>not a scenario</body></html>')).toContain(
      'a scenario must be a map of keys (schemaVersion, meta, parties, …), but this file holds "<html><body>not a scenario</body></html>"',
    );
    expect(firstError('\u0000\u0001\u0002binary: [')).toContain('error');
  });

  it('a bare list', () => {
    expect(firstError('- one\n- two\n')).toContain('but this file holds a list');
  });

  it('a file cut off half-way', () => {
    expect(firstError(GENEVA.slice(0, Math.floor(GENEVA.length / 2)))).toMatch(/error/);
  });

  it('a 10 MB file', () => {
    expect(firstError(`# ${'x'.repeat(10 * 1_048_576)}\n`)).toContain(
      'the file is 10.0 MB; a scenario file can be at most 2 MB',
    );
  });

  it('data nested 20,000 deep, as brackets or as indentation', () => {
    expect(firstError(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)).toContain(
      'nested more than 64 levels deep',
    );
    expect(firstError(`${'- '.repeat(20_000)}x\n`)).toContain('nested more than 64 levels deep');
    expect(firstError(`${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`)).toContain(
      'nested more than 64 levels deep',
    );
  });

  it('a file full of YAML aliases (billion laughs)', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(firstError(lines.join('\n'))).toContain('too many YAML aliases');
  });

  it('__proto__ and constructor keys cannot pollute objects', () => {
    const hostile = mutate(
      mutate(MINIMAL_SCENARIO, 'meta:\n', '__proto__:\n  polluted: yes\nmeta:\n'),
      '    trust: { mediator: 50, parties: { south: 30 } }',
      '    trust: { mediator: 50, parties: { south: 30, constructor: 5, __proto__: 9 } }',
    );
    const messages = report(loadScenario(hostile, 'bad.yaml'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(messages[0]).toContain('unknown key "__proto__"');
    const inTrust = loadScenario(
      mutate(MINIMAL_SCENARIO, 'parties: { south: 30 }', 'parties: { south: 30, constructor: 5 }'),
      'b.yaml',
    );
    expect(report(inTrust)[0]).toContain('there is no party "constructor"');
  });
});
