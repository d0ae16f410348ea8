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

/**
 * Where `token` is in `text`, as line:col: within `context`, which must occur exactly once. Tests work out the
 * position they expect from the text they load, so a fixture can change and a wrong position still fails.
 */
function at(text: string, context: string, token = context): string {
  const start = text.indexOf(context);
  if (start < 0 || text.indexOf(context, start + 1) >= 0) throw new Error(`not exactly once: ${context}`);
  const within = context.indexOf(token);
  if (within < 0) throw new Error(`${token} is not in ${context}`);
  const offset = start + within;
  const line = text.slice(0, offset).split('\n').length;
  return `${line}:${offset - text.lastIndexOf('\n', offset - 1)}`;
}

describe('the Geneva scenario', () => {
  it('validates with no warnings', () => {
    const result = loadScenario(GENEVA, 'geneva-2-2014.yaml');
    expect(report(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is frozen after loading', () => {
    const result = loadScenario(GENEVA, 'g.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    expect(Object.isFrozen(result.scenario)).toBe(true);
    expect(Object.isFrozen(result.scenario.parties[0]!.values)).toBe(true);
    expect(() => {
      (result.scenario.parties[0]!.walkAway as { value: number }).value = 0;
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
    // Lavrov met al-Jarba in Paris on 12 January (Interfax): a scheduled event, not a random one.
    const lavrov = scenario.events.find((e) => e.id === 'lavrov-meets-coalition');
    expect(lavrov?.date).toBe('2014-01-12');
    expect(lavrov?.probability).toBeUndefined();
    expect(lavrov?.sources).toContain('interfax-2014-01-12');
    // The invented events say so: no sources, a reason instead.
    for (const id of ['escalation-aleppo', 'draft-leaks']) {
      const event = scenario.events.find((e) => e.id === id);
      expect(event?.sources).toBeUndefined();
      expect(event?.inferred).toBeTruthy();
    }
  });

  it('cites each debrief fact the history asks for', () => {
    const result = loadScenario(GENEVA, 'g.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    const byDate = new Map((result.scenario.debrief.history ?? []).map((h) => [h.date, h]));
    expect(byDate.get('2014-01-13')?.sources).toContain('us-mission-geneva-2014-01-13');
    expect(byDate.get('2014-01-18')?.text).toContain('58 for and 14 against');
    expect(byDate.get('2014-01-18')?.text).toContain('about 45 members boycotted the vote');
    expect(byDate.get('2014-01-18')?.sources).toEqual([
      'un-sg-2014-01-18',
      'ap-2014-01-18',
      'xinhua-2014-01-18',
    ]);
    expect(byDate.get('2014-01-19')?.sources).toContain('un-sg-2014-01-19');
    expect(byDate.get('2014-01-20')?.text).toContain('the Syrian National Council leaves the Coalition');
    expect(byDate.get('2014-01-20')?.sources).toEqual([
      'un-noon-2014-01-20',
      'reuters-2014-01-20',
      'afp-2014-01-20',
      'ap-2014-01-20',
    ]);
    expect(byDate.get('2014-01-22')?.text).toContain('Montreux');
  });
});

describe('the minimal scenario', () => {
  it('loads to the recorded data: every default filled in, nothing dropped', async () => {
    const result = loadScenario(MINIMAL_SCENARIO, 'm.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    expect(result.warnings).toEqual([]);
    await expect(`${JSON.stringify(result.scenario, null, 1)}\n`).toMatchFileSnapshot(
      './__golden__/minimal-loaded.txt',
    );
  });
});

describe('error messages, one fixture per kind of mistake', () => {
  // [name, find, replace, the context and token the message points at, the message after the position]
  const cases: [string, string, string, [string, string], string[]][] = [
    [
      'a value of the wrong type',
      'low: { points: 10,',
      'low: { points: high,',
      ['low: { points: high', 'high'],
      ['error  parties[1].values.fees.low.points: expected a number, found "high"'],
    ],
    [
      'a number out of range',
      'low: { points: 10,',
      'low: { points: 120,',
      ['low: { points: 120', '120'],
      ['error  parties[1].values.fees.low.points: expected a number of at most 100, found 120'],
    ],
    [
      'an unknown key, with a suggestion',
      '    walkAway: { value: 40,',
      '    walkaway: { value: 40,',
      ['walkaway', 'walkaway'],
      ['error  parties[0].walkaway: unknown key "walkaway"\n    hint: did you mean "walkAway"?'],
    ],
    [
      'a misspelt choice',
      'concession: { style: linear }',
      'concession: { style: lineal }',
      ['lineal', 'lineal'],
      [
        'error  parties[0].concession.style: "lineal" is not one of: boulware, linear, conceder\n    hint: did you mean "linear"?',
      ],
    ],
    [
      'a citation of a source that does not exist',
      'evidence: { source: paper, quote: North wants berths. }',
      'evidence: { source: papr, quote: North wants berths. }',
      ['papr', 'papr'],
      [
        'error  parties[0].weights.berths.evidence.source: there is no source "papr"\n    hint: did you mean "paper"?',
      ],
    ],
    [
      'evidence that is both cited and inferred',
      'evidence: { inferred: fees matter most }',
      'evidence: { source: paper, inferred: fees matter most }',
      ['{ source: paper, inferred', '{'],
      [
        'error  parties[0].weights.fees.evidence: evidence is both cited (source, quote) and inferred\n    hint: keep source and quote if a source says it; keep only inferred if none does',
      ],
    ],
    [
      'an event outside the calendar',
      '  actionsPerDay: 2\n',
      '  actionsPerDay: 2\nevents:\n  - id: storm\n    date: 2020-02-09\n    title: A storm\n    text: The harbour closes.\n    inferred: storms happen\n',
      ['date: 2020-02-09', '2020-02-09'],
      [
        'error  events[0].date: the event date 2020-02-09 is outside the calendar (2020-02-01 to 2020-02-05)\n    hint: move the event inside the calendar, or widen the calendar',
      ],
    ],
    [
      'a newer schema version',
      'schemaVersion: 2\n',
      'schemaVersion: 3\n',
      ['schemaVersion: 3', '3'],
      [
        'error  schemaVersion: this scenario is for a newer version of the game (schemaVersion 3); this game reads schemaVersion 1 or 2\n    hint: update the game, or ask the author for a file written for this version',
      ],
    ],
    [
      'a version this game never had',
      'schemaVersion: 2\n',
      'schemaVersion: two\n',
      ['schemaVersion: two', 'two'],
      ['error  schemaVersion: schemaVersion must be 1 or 2, not "two"\n    hint: write "schemaVersion: 2"'],
    ],
    [
      'a scenario that does not say whether it is historical or fictional',
      '  kind: fictional\n',
      '',
      ['id: harbour', 'id'],
      [
        'error  meta.kind: "kind" is missing: say whether the scenario is historical or fictional\n    hint: add kind: historical (a real negotiation, with debrief.history) or kind: fictional under meta',
      ],
    ],
    [
      'a historical scenario without its history',
      '  kind: fictional\n',
      '  kind: historical\n',
      ['schemaVersion: 2', 'schemaVersion'],
      [
        'error  debrief: a historical scenario needs debrief.history: what really happened, with sources\n    hint: add debrief.history, or set meta.kind: fictional for an invented negotiation',
      ],
    ],
    [
      'a last day of play after the conference',
      '  conference: 2020-02-05\n',
      '  conference: 2020-02-05\n  lastDay: 2020-02-06\n',
      ['lastDay: 2020-02-06', '2020-02-06'],
      [
        'error  calendar.lastDay: the last day of play (2020-02-06) is after the conference (2020-02-05)\n    hint: set calendar.lastDay to at most 2020-02-05 (then the conference day is played), or leave it out for the day before',
      ],
    ],
    [
      'a last day of play before the first',
      '  conference: 2020-02-05\n',
      '  conference: 2020-02-05\n  lastDay: 2020-01-31\n',
      ['lastDay: 2020-01-31', '2020-01-31'],
      [
        'error  calendar.lastDay: the last day of play (2020-01-31) is before the first (2020-02-01)\n    hint: set calendar.lastDay to a date from 2020-02-01 to the conference, or leave it out for the day before the conference',
      ],
    ],
    [
      'a calendar longer than a game can be',
      '  conference: 2020-02-05\n',
      '  conference: 2220-02-05\n',
      ['conference: 2220-02-05', '2220-02-05'],
      [
        'error  calendar.conference: the calendar runs 73052 days before the conference; a game can have at most 60\n    hint: bring the conference date to at most 60 days after the start date',
      ],
    ],
    [
      'a duplicated key',
      '  conference: 2020-02-05\n',
      '  conference: 2020-02-05\n  conference: 2020-02-06\n',
      ['conference: 2020-02-06', 'conference'],
      [
        'error  (top level): the key "conference" appears twice in the same place\n    hint: keep one of them: the second would silently replace the first',
      ],
    ],
    [
      'a bad colour',
      '    colour: "#4f7a6a"\n',
      '    colour: purple\n',
      ['purple', 'purple'],
      [
        'error  parties[0].colour: "purple" is not a colour\n    hint: write a colour as #rrggbb, e.g. #4a6b8a',
      ],
    ],
    [
      'a bad date',
      '  start: 2020-02-01\n',
      '  start: 01/02/2020\n',
      ['01/02/2020', '01/02/2020'],
      ['error  calendar.start: expected a date as YYYY-MM-DD, found "01/02/2020"\n    hint: e.g. 2014-01-22'],
    ],
    [
      'a red line on an option that does not exist',
      '    walkAway: { value: 40, evidence: { inferred: needs a little } }\n    concession: { style: linear }',
      '    redLines:\n      - issue: fees\n        option: free\n        evidence: { inferred: never free }\n    walkAway: { value: 40, evidence: { inferred: needs a little } }\n    concession: { style: linear }',
      ['option: free', 'free'],
      [
        'error  parties[0].redLines[0].option: there is no option "free"\n    hint: the options are: low, high',
      ],
    ],
  ];

  for (const [name, find, replace, [context, token], expected] of cases) {
    it(name, () => {
      const source = mutate(MINIMAL_SCENARIO, find, replace);
      const result = loadScenario(source, 'm.yaml');
      expect(result.ok).toBe(false);
      const position = at(source, context, token);
      expect(report(result)).toEqual(expected.map((m) => `m.yaml:${position}  ${m}`));
    });
  }

  it('a reference to a party that does not exist: an error at the key, a warning at the map', () => {
    const source = mutate(MINIMAL_SCENARIO, 'parties: { south: 30 }', 'parties: { sout: 30 }');
    expect(report(loadScenario(source, 'm.yaml'))).toEqual([
      `m.yaml:${at(source, 'sout: 30')}  error  parties[0].trust.parties.sout: there is no party "sout"\n    hint: did you mean "south"?`,
      `m.yaml:${at(source, '{ sout: 30 }', '{')}  warning  parties[0].trust.parties: north gives no trust value for "south"; it counts as 50\n    hint: add trust.parties.south`,
    ]);
  });

  it('broken YAML', () => {
    const result = loadScenario(
      mutate(MINIMAL_SCENARIO, '  actionsPerDay: 2\n', '  actionsPerDay: [2\n'),
      'm.yaml',
    );
    expect(result.ok).toBe(false);
    expect(report(result)[0]).toMatch(
      /^m\.yaml:\d+:\d+ {2}error {2}\(top level\): this is not valid YAML or JSON: .+\n {4}hint: /,
    );
  });

  it('an option nobody scored is a warning, counted as 0', () => {
    const source = mutate(
      MINIMAL_SCENARIO,
      '        high: { points: 100, evidence: { inferred: gains income } }\n',
      '',
    );
    const result = loadScenario(source, 'm.yaml');
    expect(result.ok).toBe(true);
    expect(report(result)).toEqual([
      `m.yaml:${at(source, 'low: { points: 10,', 'low')}  warning  parties[1].values.fees: south gives no points to option "high" of "fees"; it counts as 0\n    hint: add values.fees.high: { points: …, evidence: … }`,
    ]);
  });

  it('draws hidden values from ranges, and refuses a value that lies outside its own range', () => {
    const ranged = MINIMAL_SCENARIO.replace(
      'walkAway: { value: 40, evidence',
      'walkAway: { value: 40, range: { min: 30, max: 50, reason: the paper hedges }, evidence',
    );
    const ok = loadScenario(ranged, 'm.yaml');
    expect(ok.ok && ok.scenario.parties[0]!.walkAway.range).toEqual({
      min: 30,
      max: 50,
      reason: 'the paper hedges',
    });
    const outside = ranged.replace('min: 30, max: 50', 'min: 45, max: 50');
    expect(report(loadScenario(outside, 'm.yaml'))).toEqual([
      `m.yaml:${at(outside, 'range: { min: 45', '{ min: 45')}  error  parties[0].walkAway.range: the walk-away value 40 lies outside its range 45–50\n    hint: widen the range to include 40, or set the value inside it`,
    ]);
  });

  it('reports duplicate ids, and in a version-1 file missing weights', () => {
    const v1 = mutate(
      mutate(MINIMAL_SCENARIO, 'schemaVersion: 2\n', 'schemaVersion: 1\n'),
      '  kind: fictional\n',
      '',
    );
    const source = mutate(
      mutate(
        v1,
        '      berths: { weight: 1, evidence: { source: paper, quote: North wants berths. } }\n',
        '',
      ),
      '  - id: south\n    name: South Town',
      '  - id: north\n    name: South Town',
    );
    const messages = report(loadScenario(source, 'm.yaml'));
    expect(messages).toContain(
      `m.yaml:${at(source, 'fees: { weight: 2')}  error  parties[0].weights: no weight for the issue "berths"\n    hint: add weights.berths with a positive weight and its evidence (in format version 2, an issue a party does not care about may be left out)`,
    );
    expect(messages).toContain(
      `m.yaml:${at(source, 'north\n    name: South Town')}  error  parties[1].id: the party id "north" is used twice\n    hint: it is first used at parties[0].id; give each party its own id`,
    );
  });

  it('refuses a file without a schemaVersion, with the line to add', () => {
    expect(report(loadScenario(MINIMAL_SCENARIO.replace('schemaVersion: 2\n', ''), 'm.yaml'))).toEqual([
      'm.yaml:1:1  error  (top level): the file has no schemaVersion\n    hint: add "schemaVersion: 2" at the top',
    ]);
  });

  it('reads JSON with $schema and places its errors by line and column', () => {
    const result = loadScenario(MINIMAL_SCENARIO, 'm.yaml');
    if (!result.ok) throw new Error('expected the scenario to load');
    const json = JSON.stringify({ $schema: './scenario.schema.json', ...result.scenario }, null, 2);
    expect(loadScenario(json, 'm.json').ok).toBe(true);
    const broken = mutate(json, '"actionsPerDay": 2', '"actionsPerDay": 0');
    expect(report(loadScenario(broken, 'm.json'))).toEqual([
      `m.json:${at(broken, '"actionsPerDay": 0', '0')}  error  calendar.actionsPerDay: expected a number of at least 1, found 0`,
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

describe('a phrasebook', () => {
  const NORTH_TRUST = '    trust: { mediator: 50, parties: { south: 30 } }\n';
  const withLines = (lines: string) => mutate(MINIMAL_SCENARIO, NORTH_TRUST, `${NORTH_TRUST}${lines}`);
  const BOOK = `    phrasebook:
      accept:
        - { line: We can live with that., inferred: North has always been pragmatic about fees }
      counter:
        - line: "Change {changes} and we agree; {issues} still hurt."
          source: paper
          quote: North wants berths.
      red-line:
        - { line: "Never this, under {issue}: {option}.", inferred: North says so at every meeting }
`;

  it('is optional, and loads with its lines and their evidence', () => {
    expect(report(loadScenario(MINIMAL_SCENARIO, 'm.yaml'))).toEqual([]);
    const result = loadScenario(withLines(BOOK), 'm.yaml');
    expect(report(result)).toEqual([]);
    if (!result.ok) throw new Error('expected the scenario to load');
    expect(result.scenario.parties[0]!.phrasebook?.counter).toEqual([
      {
        line: 'Change {changes} and we agree; {issues} still hurt.',
        source: 'paper',
        quote: 'North wants berths.',
      },
    ]);
    expect(result.scenario.parties[1]!.phrasebook).toBeUndefined();
  });

  it('names the line whose placeholder its situation does not fill, and where it would be', () => {
    const source = withLines(`    phrasebook:
      accept:
        - { line: "Fine, with {changes}.", inferred: North has always been pragmatic about fees }
`);
    expect(report(loadScenario(source, 'm.yaml'))).toEqual([
      `m.yaml:${at(source, '"Fine, with {changes}."')}  error  parties[0].phrasebook.accept[0].line: the placeholder {changes} has no value in a line for "accept"\n    hint: {changes} is only filled in lines for counter; lines for "accept" take no placeholders, or write it out in words`,
    ]);
  });

  it('suggests the placeholder meant, and flags a brace that opens nothing', () => {
    const source = withLines(`    phrasebook:
      reject:
        - { line: "Too dear, {issue}.", inferred: North has always been pragmatic about fees }
        - { line: "Too dear {issues.", inferred: North has always been pragmatic about fees }
`);
    expect(report(loadScenario(source, 'm.yaml'))).toEqual([
      `m.yaml:${at(source, '"Too dear, {issue}."')}  error  parties[0].phrasebook.reject[0].line: the placeholder {issue} has no value in a line for "reject"\n    hint: did you mean {issues}?`,
      `m.yaml:${at(source, '"Too dear {issues."')}  error  parties[0].phrasebook.reject[1].line: this line for "reject" has a { or } that opens or closes no placeholder\n    hint: write a placeholder as {name}, with both braces, or leave the braces out`,
    ]);
  });

  it('holds its lines to the evidence rules of a stance, and knows its situations', () => {
    const source = withLines(`    phrasebook:
      acept:
        - { line: Yes., inferred: North has always been pragmatic about fees }
      pressed:
        - { line: We hear you. }
        - { line: We will see., source: papr, quote: North wants berths. }
      comes: []
`);
    expect(report(loadScenario(source, 'm.yaml'))).toEqual([
      `m.yaml:${at(source, 'acept')}  error  parties[0].phrasebook.acept: unknown key "acept"\n    hint: did you mean "accept"?`,
      `m.yaml:${at(source, '{ line: We hear you. }')}  error  parties[0].phrasebook.pressed[0]: evidence needs either source and quote, or inferred\n    hint: cite a source (source: id, quote: "…") or say why it is inferred (inferred: "…")`,
      `m.yaml:${at(source, 'comes: []', '[]')}  error  parties[0].phrasebook.comes: expected at least 1 entry, found 0`,
    ]);
    const cited = withLines(`    phrasebook:
      pressed:
        - { line: We will see., source: papr, quote: North wants berths. }
`);
    expect(report(loadScenario(cited, 'm.yaml'))).toEqual([
      `m.yaml:${at(cited, 'papr')}  error  parties[0].phrasebook.pressed[0].source: there is no source "papr"\n    hint: did you mean "paper"?`,
    ]);
  });
});
