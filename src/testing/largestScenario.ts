import { SCHEMA_VERSION, type ScenarioInput, SITUATIONS } from '../scenario/schema';

/**
 * The largest scenario the schema accepts, for tests and `npm run bench` of the limits: 8 parties, 12 issues of
 * 12 options (12^12 ≈ 8.9 trillion texts), 20 red lines and 24 lines per situation for each party, 100 events
 * of 20 effects over a 60-day calendar of 10 actions a day, 40 places, 8 teaching prompts.
 *
 * Its numbers are chosen to be hard for the delegations' answers: every party gives the status quo (option 0)
 * nothing and every other option nearly full marks, holds out (boulware) from a high walk-away value, and has a
 * red line on the status quo of its own issue, so a delegation asked about the status quo must change almost
 * every clause to reach what it asks for, and almost every text of those changes reaches it.
 */
export const LARGEST = {
  parties: 8,
  issues: 12,
  options: 12,
  redLines: 20,
  phrases: 24,
  events: 100,
  effects: 20,
  places: 40,
  teaching: 8,
  leaders: 6,
  sources: 40,
  days: 60,
  actionsPerDay: 10,
} as const;

const partyId = (p: number) => `party-${p}`;
const issueId = (i: number) => `issue-${i}`;
const optionId = (o: number) => `option-${o}`;

/** Points party p gives option o of issue i: 0 for the status quo, 89–100 for the rest, in a varied order. */
export function largestPoints(p: number, i: number, o: number): number {
  return o === 0 ? 0 : 100 - ((o * 7 + p * 3 + i * 5) % 12);
}

export function largestScenario(): ScenarioInput {
  const { parties, issues, options } = LARGEST;
  const inferred = (why: string) => ({ inferred: why });
  const sources = Array.from({ length: LARGEST.sources }, (_, s) => ({
    id: `source-${s}`,
    publisher: `Publisher ${s}`,
    title: `Report ${s}`,
    date: '2019-12-01',
    url: `https://example.org/report-${s}`,
  }));
  const placeholders = (situation: keyof typeof SITUATIONS) =>
    SITUATIONS[situation].placeholders.map((name) => `{${name}}`).join(' ');
  const phrasebook = Object.fromEntries(
    Object.keys(SITUATIONS).map((situation) => [
      situation,
      Array.from({ length: LARGEST.phrases }, (_, l) => ({
        line: `Line ${l} ${placeholders(situation as keyof typeof SITUATIONS)}`.trim(),
        ...(l % 2 === 0 ? inferred('a plausible line') : { source: 'source-0', quote: 'We said so.' }),
      })),
    ]),
  );
  const partyList = Array.from({ length: parties }, (_, p) => ({
    id: partyId(p),
    name: `Delegation ${p}`,
    leaders: Array.from({ length: LARGEST.leaders }, (_, l) => ({
      name: `Leader ${p}-${l}`,
      title: 'Minister',
    })),
    colour: '#4f7a6a',
    portrait: `portrait-${p}`,
    brief: 'A delegation of the largest scenario.',
    weights: Object.fromEntries(
      Array.from({ length: issues }, (_, i) => [
        issueId(i),
        {
          weight: 1 + ((p + i) % 3),
          range: { min: 0.5, max: 4, reason: 'the evidence is thin' },
          evidence: inferred('it matters'),
        },
      ]),
    ),
    values: Object.fromEntries(
      Array.from({ length: issues }, (_, i) => [
        issueId(i),
        Object.fromEntries(
          Array.from({ length: options }, (_, o) => [
            optionId(o),
            { points: largestPoints(p, i, o), evidence: inferred('its view') },
          ]),
        ),
      ]),
    ),
    redLines: Array.from({ length: LARGEST.redLines }, (_, r) => ({
      issue: issueId(r === 0 ? p % issues : (p + r) % issues),
      option: optionId(r === 0 ? 0 : 1 + ((p * 5 + r * 7) % (options - 1))),
      evidence: inferred('it said never'),
    })),
    walkAway: {
      value: 85,
      range: { min: 80, max: 90, reason: 'the evidence is thin' },
      evidence: inferred('it wants much'),
    },
    concession: { style: 'boulware' as const },
    trust: {
      mediator: 50,
      parties: Object.fromEntries(
        Array.from({ length: parties }, (_, q) => q)
          .filter((q) => q !== p)
          .map((q) => [partyId(q), 40 + ((p + q) % 3) * 10]),
      ),
    },
    phrasebook,
  }));
  const effectAt = (e: number, f: number) => {
    const party = partyId((e + f) % parties);
    switch (f % 4) {
      case 0:
        return { kind: 'trust' as const, party, towards: 'mediator', delta: -1 };
      case 1:
        return { kind: 'walkAway' as const, party, delta: 0.5 };
      case 2:
        return { kind: 'weight' as const, party, issue: issueId((e + f) % issues), delta: 0.1 };
      default:
        return { kind: 'meeting' as const, parties: [party] };
    }
  };
  const dateOf = (day: number) => {
    const date = new Date(Date.UTC(2020, 0, 1 + day));
    return date.toISOString().slice(0, 10);
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      id: 'largest',
      kind: 'fictional',
      title: 'The largest scenario',
      language: 'en',
      summary: 'Every list at its longest the format allows.',
      sources,
    },
    mediator: {
      name: 'The Envoy',
      title: 'Envoy',
      colour: '#5b92e5',
      portrait: 'envoy',
      brief: 'Bring everyone to the conference.',
    },
    parties: partyList,
    issues: Array.from({ length: issues }, (_, i) => ({
      id: issueId(i),
      name: `Issue ${i}`,
      statusQuo: optionId(0),
      options: Array.from({ length: options }, (_, o) => ({ id: optionId(o), label: `Option ${i}.${o}` })),
    })),
    calendar: {
      start: dateOf(0),
      conference: dateOf(LARGEST.days),
      actionsPerDay: LARGEST.actionsPerDay,
    },
    events: Array.from({ length: LARGEST.events }, (_, e) => ({
      id: `event-${e}`,
      date: dateOf(Math.floor((e * LARGEST.days) / LARGEST.events)),
      title: `Event ${e}`,
      text: 'Something happens.',
      place: `Place ${e % LARGEST.places}`,
      ...(e % 2 === 0 ? { probability: 0.5 } : {}),
      ...(e % 3 === 0 ? { sources: ['source-1'] } : inferred('it could happen')),
      effects: Array.from({ length: LARGEST.effects }, (_, f) => effectAt(e, f)),
    })),
    places: Array.from({ length: LARGEST.places }, (_, k) => ({
      name: `Place ${k}`,
      lat: (k * 4) % 90,
      lon: (k * 9) % 180,
    })),
    teaching: Array.from({ length: LARGEST.teaching }, () => ({
      say: 'Table a text.',
      until: 'table' as const,
    })),
    debrief: {
      history: [{ date: dateOf(LARGEST.days), text: 'Nothing happened.', sources: ['source-0'] }],
      actualOutcome: {
        package: Object.fromEntries(Array.from({ length: issues }, (_, i) => [issueId(i), optionId(1)])),
        attended: [partyId(0)],
        note: 'One came.',
        sources: ['source-0'],
      },
      questions: ['Was it too large?'],
    },
  };
}

/** The largest scenario as a file (JSON, which the loader reads as YAML). */
export function largestScenarioText(): string {
  return JSON.stringify(largestScenario(), null, 1);
}
