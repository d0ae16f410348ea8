import { z } from 'zod';
import { MOST_REFLECTION_QUESTIONS, TERMS_DEFAULTS } from './defaults';

export { MOST_REFLECTION_QUESTIONS } from './defaults';

/** The scenario format version this game writes and validates. Bump it only with a migration. */
export const SCHEMA_VERSION = 2;
/** Every version this game reads: older ones are migrated to SCHEMA_VERSION in memory (migrateV1.ts). */
export const READ_VERSIONS = [1, 2] as const;

const id = (what: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,47}$/, {
      message: 'an id: lower-case letters, digits and hyphens, starting with a letter',
    })
    .describe(
      `The ${what}'s id: lower-case letters, digits and hyphens, starting with a letter (e.g. "united-states").`,
    );

/** Option ids may also begin with a digit ("1m", "3m"); option ids only need to be unique within their issue. */
const optionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, {
    message: 'an option id: lower-case letters, digits and hyphens, starting with a letter or a digit',
  })
  .describe(
    'The option\'s id: lower-case letters, digits and hyphens, starting with a letter or a digit (e.g. "3m").',
  );

const text = (description: string, max = 2000) => z.string().trim().min(1).max(max).describe(description);

const isoDate = z.iso.date().describe('A date as YYYY-MM-DD.');

const colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'a colour as #rrggbb' })
  .describe('A colour as #rrggbb. Use a muted colour: red is kept for red lines and walk-outs.');

const points = z
  .number()
  .min(0)
  .max(100)
  .describe("Points for this option from this party's view: 0 is the worst outcome for it, 100 the best.");

/** The fields of evidence, shared by stances and by the lines a delegation speaks. */
const evidenceFields = {
  source: id('source').optional().describe('The id of an entry in meta.sources that supports this stance.'),
  quote: text('A short quote from that source, at most about two sentences, word for word.', 400).optional(),
  inferred: text('Why this stance is inferred rather than stated in a source, in one line.', 300).optional(),
};

function checkBasis(
  evidence: { source?: string; quote?: string; inferred?: string },
  ctx: z.RefinementCtx,
): void {
  const cited = evidence.source !== undefined || evidence.quote !== undefined;
  if (cited && evidence.inferred !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'evidence.both', params: { key: 'evidence.both' } });
  } else if (!cited && evidence.inferred === undefined) {
    ctx.addIssue({ code: 'custom', message: 'evidence.none', params: { key: 'evidence.none' } });
  } else if (cited && (evidence.source === undefined || evidence.quote === undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: 'evidence.half',
      params: { key: 'evidence.half', missing: evidence.source === undefined ? 'source' : 'quote' },
    });
  }
}

export const evidenceSchema = z
  .strictObject(evidenceFields)
  .describe(
    'Where a stance comes from: either `source` and `quote` (cited), or `inferred` with a one-line reason. Never both.',
  )
  .superRefine(checkBasis);

const sourceSchema = z
  .strictObject({
    id: id('source'),
    publisher: text('Who published it, e.g. "The Moscow Times (Reuters/Interfax wire story)".', 200),
    title: text('The headline or document title.', 300).optional(),
    date: isoDate.describe('The publication date, YYYY-MM-DD.'),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('A link to the source (http or https).'),
  })
  .describe('A source that stances, events and the debrief cite by id.');

const leaderSchema = z.strictObject({
  name: text("The person's name as the game shows it.", 100),
  title: text('Their title, e.g. "Foreign Minister".', 150),
});

const optionSchema = z.strictObject({
  id: optionId,
  label: text('A short label for the option, as it appears in the negotiating text.', 120),
  description: text('One or two sentences that explain the option to a player.', 600).optional(),
});

const issueSchema = z
  .strictObject({
    id: id('issue'),
    name: text('The issue as a player reads it, e.g. "Iran\'s role at the conference".', 120),
    description: text('Why the issue matters, in a sentence or two.', 800).optional(),
    statusQuo: optionId.describe('The option that stands if nothing is agreed on this issue.'),
    options: z
      .array(optionSchema)
      .min(2)
      .max(12)
      .describe('The choices a negotiating text can make on this issue.'),
  })
  .describe('One clause of the negotiating text: exactly one option is chosen per issue.');

/**
 * How far a hidden value may vary from game to game: each game draws it evenly between min and max, so no
 * text is safe across games. The reason says why the evidence allows that spread.
 */
const rangeSchema = (unit: string) =>
  z
    .strictObject({
      min: z.number().min(0).max(1000).describe(`The lowest ${unit} a game may draw.`),
      max: z.number().min(0).max(1000).describe(`The highest ${unit} a game may draw.`),
      reason: text('Why the evidence allows this spread, in one or two sentences.', 600),
    })
    .refine((r) => r.min <= r.max, { message: 'min must not exceed max' })
    .describe(`The spread of this ${unit} from game to game; without it every game uses the value itself.`);

const weightSchema = z.strictObject({
  weight: z
    .number()
    .min(0)
    .max(1000)
    .describe(
      'How much this issue matters to the party, relative to its other issues; 0: it does not care about it.',
    ),
  range: rangeSchema('weight').optional(),
  evidence: evidenceSchema,
});

const valueSchema = z.strictObject({ points, evidence: evidenceSchema });

const redLineSchema = z
  .strictObject({
    issue: id('issue'),
    option: optionId,
    evidence: evidenceSchema,
  })
  .describe('An option the party will never accept, whatever else the text offers.');

export const CONCESSION_STYLES = ['boulware', 'linear', 'conceder'] as const;

const concessionSchema = z
  .strictObject({
    style: z
      .enum(CONCESSION_STYLES)
      .describe(
        'boulware: holds out and concedes late; linear: concedes steadily; conceder: concedes early.',
      ),
    exponent: z
      .number()
      .positive()
      .max(20)
      .optional()
      .describe(
        "Overrides the style's curve: below 1 holds out (boulware), 1 is linear, above 1 concedes early.",
      ),
    evidence: evidenceSchema.optional(),
  })
  .describe('How the party lowers its demands as the conference nears.');

const trustSchema = z
  .strictObject({
    mediator: z.number().min(0).max(100).describe('Trust in the mediator (the player), 0 to 100.'),
    parties: z
      .record(id('party'), z.number().min(0).max(100))
      .describe('Trust in each other party, 0 to 100.'),
    evidence: evidenceSchema.optional(),
  })
  .describe('How far the party trusts the mediator and the other parties at the start.');

/** What each placeholder a line may use stands for when the line is spoken. */
export const PLACEHOLDERS = {
  changes: 'how many clauses they ask to change, e.g. "one clause", "2 clauses"',
  issues: 'the one or two issues that cost them most, by name, e.g. "Guarantees for the opposition"',
  issue: 'the issue of the red line, by name',
  option: 'the option across their red line, as labelled',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

/**
 * The situations a delegation speaks in, and the placeholders a line in each may use. Answers to a tabled text
 * (`red-line` is a refusal because of a red line), how it takes the envoy's other moves, and the conference day.
 */
export const SITUATIONS = {
  accept: { when: 'when it accepts a tabled text', placeholders: [] },
  counter: { when: 'when it asks for changes to a tabled text', placeholders: ['changes', 'issues'] },
  reject: { when: 'when it refuses a tabled text (no red line crossed)', placeholders: ['issues'] },
  'red-line': { when: 'when a tabled text crosses one of its red lines', placeholders: ['issue', 'option'] },
  'walk-out': { when: 'when it walks out of the talks', placeholders: [] },
  consulted: { when: 'when the envoy consults it in private', placeholders: [] },
  pressed: { when: 'when the envoy presses it', placeholders: [] },
  reassured: { when: 'when the envoy reassures it', placeholders: [] },
  cornered: { when: "when the envoy's public statement singles it out", placeholders: [] },
  statement: { when: 'when the envoy makes a public statement', placeholders: [] },
  comes: { when: 'on the conference day, when it attends', placeholders: [] },
  'stays-away': { when: 'on the conference day, when it stays away', placeholders: [] },
} as const satisfies Record<string, { when: string; placeholders: readonly Placeholder[] }>;
export type Situation = keyof typeof SITUATIONS;

const phraseSchema = z
  .strictObject({
    line: text(
      'What the leader says, in their own voice: a paraphrase, not a quote. Placeholders in braces, e.g. {issues}.',
      300,
    ),
    ...evidenceFields,
  })
  .describe(
    'One line a leader may say, with its evidence like any stance: `source` and `quote`, or `inferred`.',
  )
  .superRefine(checkBasis);

const phrases = (situation: Situation) => {
  const { when, placeholders } = SITUATIONS[situation];
  const may =
    placeholders.length > 0
      ? ` Placeholders: ${placeholders.map((p) => `{${p}}`).join(', ')}.`
      : ' No placeholders here.';
  return z
    .array(phraseSchema)
    .min(1)
    .max(24)
    .optional()
    .describe(`What its leader may say ${when}; the game uses each line once before repeating one.${may}`);
};

const phrasebookSchema = z
  .strictObject({
    accept: phrases('accept'),
    counter: phrases('counter'),
    reject: phrases('reject'),
    'red-line': phrases('red-line'),
    'walk-out': phrases('walk-out'),
    consulted: phrases('consulted'),
    pressed: phrases('pressed'),
    reassured: phrases('reassured'),
    cornered: phrases('cornered'),
    statement: phrases('statement'),
    comes: phrases('comes'),
    'stays-away': phrases('stays-away'),
  } satisfies Record<Situation, unknown>)
  .describe(
    "The delegation's own lines, by situation. A situation left out uses the game's plain generic line.",
  );

const partySchema = z
  .strictObject({
    id: id('party'),
    name: text('The delegation\'s name, e.g. "Russia".', 80),
    short: text(
      'Its name in up to 6 letters, for the marks on the text where space is short (default: its initials).',
      6,
    ).optional(),
    leaders: z
      .array(leaderSchema)
      .min(1)
      .max(6)
      .describe('Who speaks for the delegation; the first one leads.'),
    colour,
    portrait: id('portrait').describe(
      'Which stylised portrait to draw (the game falls back to a plain silhouette).',
    ),
    brief: text('A confidential role brief for a student who plays this delegation.', 4000).optional(),
    weights: z
      .record(id('issue'), weightSchema)
      .describe(
        'For each issue id: how much it matters, with evidence. An issue left out (or weighted 0) counts nothing for this party.',
      ),
    values: z
      .record(id('issue'), z.record(optionId, valueSchema))
      .describe(
        'For each issue id and option id: the points this party gives the option, with evidence. An issue the party does not weigh may be left out.',
      ),
    redLines: z.array(redLineSchema).max(20).default([]).describe('Options this party will never accept.'),
    walkAway: z
      .strictObject({
        value: points.describe(
          'The least a text must be worth to this party (same 0–100 scale) for it to attend.',
        ),
        range: rangeSchema('walk-away value').optional(),
        evidence: evidenceSchema,
      })
      .describe('The reservation value: below it, the party stays away.'),
    concession: concessionSchema,
    trust: trustSchema,
    phrasebook: phrasebookSchema.optional(),
  })
  .describe('A delegation, played by the computer (or later by a student).');

const mediatorSchema = z
  .strictObject({
    name: text("The player's character.", 100),
    title: text('Their title.', 200),
    colour,
    portrait: id('portrait'),
    organisation: text(
      'Optional. The organisation the mediator speaks for, e.g. "United Nations · League of Arab States".',
      120,
    ).optional(),
    brief: text("The player's brief: the goal in a few sentences.", 4000),
  })
  .describe("The player's role.");

const effectSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('trust').describe('Changes how far one party trusts another, or the mediator.'),
      party: id('party'),
      towards: id('party').describe('A party id, or "mediator".'),
      delta: z
        .number()
        .min(-100)
        .max(100)
        .describe('Points added to that trust (0–100 scale); negative lowers it.'),
    }),
    z.strictObject({
      kind: z.literal('walkAway').describe('Moves the least a text must be worth to the party.'),
      party: id('party'),
      delta: z
        .number()
        .min(-100)
        .max(100)
        .describe("Points added to the party's walk-away value (negative: easier to satisfy)."),
    }),
    z.strictObject({
      kind: z.literal('weight').describe('Changes how much an issue matters to the party.'),
      party: id('party'),
      issue: id('issue'),
      delta: z
        .number()
        .min(-1000)
        .max(1000)
        .describe(
          "Added to the issue's weight; the weight of an issue the party weighs never falls below a small positive floor.",
        ),
    }),
    z.strictObject({
      kind: z.literal('value').describe('Changes the points a party gives one option of an issue.'),
      party: id('party'),
      issue: id('issue'),
      option: optionId.describe('The option whose points change.'),
      delta: z
        .number()
        .min(-100)
        .max(100)
        .describe("Points added to the option's points for that party; the result stays within 0–100."),
    }),
    z.strictObject({
      kind: z.literal('meeting').describe('A scheduled meeting with the mediator.'),
      parties: z
        .array(id('party'))
        .min(1)
        .describe('Who meets the mediator that day, at no cost in actions.'),
    }),
  ])
  .describe('What an event changes.');

const eventSchema = z
  .strictObject({
    id: id('event'),
    date: isoDate,
    title: text('A headline for the event.', 160),
    text: text('What happens, as the player reads it.', 1500),
    place: text('Where it happens.', 80).optional(),
    probability: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        'Leave out for a scheduled event. From 0 to 1 for a random one: the chance it happens on its date.',
      ),
    sources: z
      .array(id('source'))
      .min(1)
      .optional()
      .describe('The ids of the sources that report this event.'),
    inferred: text(
      'For an invented or hypothetical event: why it is plausible, in one line.',
      300,
    ).optional(),
    effects: z
      .array(effectSchema)
      .max(20)
      .default([])
      .describe('What the event changes; leave empty for news only.'),
  })
  .superRefine((event, ctx) => {
    if ((event.sources === undefined) === (event.inferred === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'event.basis', params: { key: 'event.basis' } });
    }
  })
  .describe(
    'Something that happens on a given day of the run-up. Cite its sources, or say why it is inferred.',
  );

const placeSchema = z
  .strictObject({
    name: text(
      "The place as events name it (an event's `place` with the same name is marked on the map).",
      80,
    ),
    lat: z.number().min(-90).max(90).describe('Latitude in degrees, north positive.'),
    lon: z.number().min(-180).max(180).describe('Longitude in degrees, east positive.'),
  })
  .describe('A place to mark on the briefing map.');

const historyEntrySchema = z.strictObject({
  date: isoDate,
  text: text('What happened, in a sentence or two.', 1000),
  sources: z.array(id('source')).min(1).describe('The ids of the sources for this claim.'),
});

const debriefSchema = z
  .strictObject({
    history: z
      .array(historyEntrySchema)
      .min(1)
      .optional()
      .describe(
        'What really happened, each claim with its sources. Required for a historical scenario; a fictional one has none.',
      ),
    actualOutcome: z
      .strictObject({
        package: z.record(id('issue'), optionId).describe('The option that really prevailed on each issue.'),
        attended: z.array(id('party')).describe('The parties that really attended.'),
        note: text('How the real outcome maps onto the issues, and what is uncertain.', 1500),
        sources: z.array(id('source')).min(1).describe('The ids of the sources for this reading.'),
      })
      .optional()
      .describe("What really came of it, on the scenario's own issues, for comparison in the debrief."),
    questions: z
      .array(text('A discussion question for the class.', 400))
      .default([])
      .describe('Questions the teacher can put to the class in the debrief.'),
  })
  .describe("The debrief: what really happened, for comparison with the class's outcomes.");

/** As many reflection questions as a scenario may ask at each end of a game. */

const reflectionSchema = z
  .strictObject({
    before: z
      .array(text('A question the student answers before the first day, e.g. what they expect.', 400))
      .max(MOST_REFLECTION_QUESTIONS)
      .default([])
      .describe('Asked on the briefing, before the first day.'),
    after: z
      .array(text('A question the student answers after the final meeting, before the debrief.', 400))
      .max(MOST_REFLECTION_QUESTIONS)
      .default([])
      .describe('Asked on the outcome screen, before the debrief reveals the hidden priorities.'),
  })
  .describe(
    'Optional. Questions the game asks each student before and after the game; the answers go into the result file and the class view.',
  );

/** The kinds of scenario: a historical one retells a real negotiation, with what really happened. */
export const SCENARIO_KINDS = ['historical', 'fictional'] as const;

const noun = (description: string, fallback: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(40)
    .default(fallback)
    .describe(`${description} (lower case; default "${fallback}").`);

export const termsSchema = z
  .strictObject({
    meeting: noun(
      'What the meeting the mediator works towards is called, e.g. "conference"',
      TERMS_DEFAULTS.meeting,
    ),
    party: noun('What one party is called, e.g. "delegation"', TERMS_DEFAULTS.party),
    parties: noun('What the parties are called, e.g. "delegations"', TERMS_DEFAULTS.parties),
    mediator: noun('What the mediator (the player) is called, e.g. "envoy"', TERMS_DEFAULTS.mediator),
    news: noun('What the news of the day is called, e.g. "cables"', TERMS_DEFAULTS.news),
  })
  .describe('The nouns the interface uses for the things of this scenario; every one is optional.');

const line = (description: string, fallback: string) =>
  z.string().trim().min(1).max(300).default(fallback).describe(`${description} Default: "${fallback}"`);

const outcomesSchema = z
  .strictObject({
    allAttend: line(
      'What the outcome screen says when every party attends.',
      'Everyone comes to the table. What they make of it is up to them.',
    ),
    someAbsent: line(
      'What the outcome screen says when some parties stay away.',
      'The meeting opens with empty chairs.',
    ),
    noneAttend: line('What the outcome screen says when no party attends.', 'Nobody comes.'),
  })
  .describe('The closing lines of the outcome screen, one per kind of outcome; every one is optional.');

/** The moves a first-day prompt can wait for: the prompt shows until the player has made one. */
export const TEACHING_MOVES = ['consult', 'press', 'reassure', 'statement', 'table', 'endDay'] as const;

const teachingSchema = z
  .array(
    z.strictObject({
      say: text('What the prompt tells the player to try, in a sentence or two.', 240),
      until: z.enum(TEACHING_MOVES).describe('The move that completes this prompt and brings the next.'),
    }),
  )
  .max(8)
  .default([])
  .describe('Prompts that teach the first day by doing, one at a time, in order; leave out for none.');

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to scenario.schema.json, for editors.'),
    schemaVersion: z
      .literal(SCHEMA_VERSION)
      .describe('The format version: write 2. A version-1 file is still read, and migrated.'),
    meta: z
      .strictObject({
        id: id('scenario'),
        title: text("The scenario's title.", 120),
        kind: z
          .enum(SCENARIO_KINDS)
          .describe(
            'historical: a real negotiation (debrief.history is then required); fictional: an invented one.',
          ),
        language: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'a language tag such as "en"' })
          .describe('The language of the scenario\'s text, as a tag such as "en" or "fr".'),
        summary: text('The situation in a short paragraph, for the title screen and the briefing.', 1500),
        sources: z.array(sourceSchema).min(1).describe('Everything the scenario cites.'),
      })
      .describe('What the scenario is and where its facts come from.'),
    mediator: mediatorSchema,
    parties: z
      .array(partySchema)
      .min(2)
      .max(8)
      .describe('The delegations the mediator must bring to the conference.'),
    issues: z.array(issueSchema).min(1).max(12).describe('The clauses of the negotiating text.'),
    calendar: z
      .strictObject({
        start: isoDate.describe('The first day of play.'),
        conference: isoDate.describe('The conference day, when every party decides to attend or not.'),
        lastDay: isoDate
          .optional()
          .describe(
            'The last day of play: from start to conference. Default: the day before the conference. On the conference date itself, that day is played and the meeting convenes at its end.',
          ),
        actionsPerDay: z.int().min(1).max(10).describe('How many actions the mediator has each day.'),
        short: z
          .strictObject({
            lastDay: isoDate.describe(
              "The last day of play in a short game: before the full game's last day. The conference still meets on its date.",
            ),
            actionsPerDay: z
              .int()
              .min(1)
              .max(10)
              .optional()
              .describe('Actions a day in a short game (default: as in the full game).'),
          })
          .optional()
          .describe(
            'Optional. A shorter game for a single lesson, which a teacher can choose with the class code. Check its balance with `npm run simulate -- <file> --census --length short`.',
          ),
        place: text('Where the player starts.', 80).optional(),
        conferencePlace: text('Where the conference meets.', 80).optional(),
      })
      .describe('The days of play.'),
    events: z.array(eventSchema).max(100).default([]).describe('Scheduled and random events of the run-up.'),
    places: z
      .array(placeSchema)
      .max(40)
      .default([])
      .describe('Places for the briefing map; leave out for no map.'),
    teaching: teachingSchema,
    terms: termsSchema.prefault({}),
    outcomes: outcomesSchema.prefault({}),
    debrief: debriefSchema.prefault({}),
    reflection: reflectionSchema.prefault({}),
  })
  .describe('A negotiation scenario for Geneva II: The Envoy.');

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Party = Scenario['parties'][number];
export type Issue = Scenario['issues'][number];
export type Evidence = z.output<typeof evidenceSchema>;
export type Phrasebook = z.output<typeof phrasebookSchema>;
export type Phrase = z.output<typeof phraseSchema>;
export type ScenarioEvent = Scenario['events'][number];
export type Effect = ScenarioEvent['effects'][number];
export type ConcessionStyle = (typeof CONCESSION_STYLES)[number];
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];
export type Terms = z.output<typeof termsSchema>;
export type Outcomes = z.output<typeof outcomesSchema>;
export type Calendar = Scenario['calendar'];
