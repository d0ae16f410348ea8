import { stringify } from 'yaml';

/** Names that test a layout: long ones, a long word, a right-to-left override, a stack of combining marks. */
export const HARD_NAMES = [
  "Residents' Association of the Old Harbour and the Lower Town",
  'Fishers',
  'Port authority',
  'Chamber of Commerce and Shipping Agents of the Northern Quays',
  `Harbour \u202Eetutitsni\u202C board`,
  'Ferry operators',
  'Z\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301ealots of the Breakwater',
  'Supercalifragilisticexpialidociousharbourmastersassociationofthebay',
] as const;

/**
 * A valid scenario of `n` parties (2 to 8) and four issues, one of them with two options, for layout tests.
 * Every stance is inferred: the file is a test of the screens, not a negotiation.
 */
export function manyPartiesScenario(n: number, names: readonly string[] = HARD_NAMES): string {
  const issues = [
    { id: 'fees', name: 'Harbour fees', options: ['low', 'mid', 'high'] },
    { id: 'berths', name: 'Who gets the berths', options: ['shared', 'fishers', 'ferries'] },
    { id: 'dredging', name: 'Dredging the channel', options: ['yes', 'no'] },
    { id: 'hours', name: 'Opening hours of the quay', options: ['day', 'night', 'always'] },
  ];
  const why = { inferred: 'a layout test' };
  const ids = Array.from({ length: n }, (_, p) => `party-${p + 1}`);
  const parties = ids.map((id, p) => ({
    id,
    name: names[p % names.length],
    leaders: [{ name: `Leader ${p + 1}`, title: 'Chair' }],
    colour: ['#4f7a6a', '#a08045', '#6a5a8e', '#8e6a4f', '#4f6a8e', '#7a4f6a', '#5a7a4f', '#8e8e4f'][p],
    portrait: id,
    weights: Object.fromEntries(
      issues.map((issue, i) => [issue.id, { weight: 1 + ((i + p) % 3), evidence: why }]),
    ),
    values: Object.fromEntries(
      issues.map((issue, i) => [
        issue.id,
        Object.fromEntries(
          issue.options.map((o, k) => [
            o,
            {
              points: ((k + p + i) % issue.options.length) * (100 / (issue.options.length - 1)),
              evidence: why,
            },
          ]),
        ),
      ]),
    ),
    walkAway: { value: 30, evidence: why },
    concession: { style: 'linear' },
    trust: {
      mediator: 50,
      parties: Object.fromEntries(ids.filter((other) => other !== id).map((other) => [other, 40])),
    },
  }));
  return stringify(
    {
      schemaVersion: 1,
      meta: {
        id: `harbour-${n}`,
        title: `Harbour \u202Eetutitsni\u202C dispute (${n} parties)`,
        language: 'en',
        summary: 'A fictional harbour shared by many parties, for testing the screens.',
        sources: [{ id: 'none', publisher: 'Invented for the test', date: '2020-01-01' }],
      },
      mediator: {
        name: 'The Harbourmaster',
        title: 'Mediator',
        colour: '#5b7a8e',
        portrait: 'mediator',
        brief: 'Bring every party to the table.',
      },
      parties,
      issues: issues.map((issue) => ({
        id: issue.id,
        name: issue.name,
        statusQuo: issue.options[0],
        options: issue.options.map((o) => ({ id: o, label: `${issue.name}: ${o}` })),
      })),
      calendar: { start: '2020-02-03', conference: '2020-02-07', actionsPerDay: 3 },
      debrief: { history: [{ date: '2020-02-07', text: 'Invented.', sources: ['none'] }] },
    },
    { aliasDuplicateObjects: false },
  );
}
