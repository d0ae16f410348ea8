/**
 * Every message the scenario loader and validator can give, in one place.
 * Each says what is wrong in plain words and, as a hint, how to fix it.
 */
export interface Message {
  readonly message: string;
  readonly hint?: string;
}

const show = (value: unknown): string => {
  if (value === null) return 'nothing (null)';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of keys';
  return String(value);
};

/** "1 or 2", "1, 2 or 3". */
const versions = (read: readonly number[]): string =>
  read.length > 1 ? `${read.slice(0, -1).join(', ')} or ${read[read.length - 1]}` : String(read[0]);

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map of keys',
  array: 'a list',
  date: 'a date',
};

export const MESSAGES = {
  // Reading the file
  tooLarge: (bytes: number, limit: number): Message => ({
    message: `the file is ${(bytes / 1_048_576).toFixed(1)} MB; a scenario file can be at most ${limit / 1_048_576} MB`,
    hint: 'a scenario is a few hundred lines; check that you opened the right file',
  }),
  empty: (): Message => ({
    message: 'the file is empty',
    hint: 'start from scenarios/geneva-2-2014.yaml: copy it and change it',
  }),
  tooDeep: (limit: number): Message => ({
    message: `the data is nested more than ${limit} levels deep from here on`,
    hint: 'a scenario is only a few levels deep: look here for unclosed brackets or runaway indentation',
  }),
  yamlSyntax: (detail: string): Message => ({
    message: `this is not valid YAML or JSON: ${detail}`,
    hint: 'check the indentation and the quotes on this line and the one before it',
  }),
  multipleDocuments: (count: number, line: number): Message => ({
    message: `this file holds ${count} YAML documents (line ${line} starts the second): a scenario is one document`,
    hint: 'remove the `---` line, or split the file into one scenario per file',
  }),
  /**
   * The YAML library's own wording where it speaks to programmers (its API, its options) rather than to authors;
   * undefined where its message already reads well after "this is not valid YAML or JSON:".
   */
  yamlProblem: (code: string, detail: string): Message | undefined => {
    switch (code) {
      case 'TAB_AS_INDENT':
        return {
          message: 'this line is indented with a tab',
          hint: 'indent with spaces only (two a level); set your editor to insert spaces for the Tab key',
        };
      case 'TAG_RESOLVE_FAILED':
        return {
          message: `this value has a YAML tag the game does not read (${detail.replace(/^Unresolved tag: /, '')})`,
          hint: 'remove the tag (the word starting with ! before the value); write the value plainly',
        };
      case 'BAD_DIRECTIVE':
        return {
          message: `the directive on this line (a line starting with %) cannot be used: ${detail}`,
          hint: 'remove the line: a scenario needs no YAML directives',
        };
      case 'KEY_OVER_1024_CHARS':
        return {
          message: 'a key runs on for more than 1024 characters before its ":"',
          hint: 'check for a missing ":" after the key, or for text that should be a value on its own line',
        };
      case 'NON_STRING_KEY':
        return {
          message: 'a key here is not a plain word',
          hint: 'write every key as a name, e.g. walkAway: …',
        };
      case 'BAD_ALIAS':
        return {
          message: `an alias or anchor here cannot be read (${detail})`,
          hint: 'write the value out in full instead of using &name and *name',
        };
      default:
        return undefined;
    }
  },
  duplicateKey: (key: string): Message => ({
    message: `the key "${key}" appears twice in the same place`,
    hint: 'keep one of them: the second would silently replace the first',
  }),
  aliases: (): Message => ({
    message: 'the file uses too many YAML aliases (*name) to be read safely',
    hint: 'write the values out in full instead of repeating them through aliases',
  }),
  unknownAlias: (name: string): Message => ({
    message: `the alias *${name} names no anchor: nothing before it is marked &${name}`,
    hint: `mark the value to repeat with &${name} before this line, or write the value out in full here`,
  }),
  notAMap: (found: unknown): Message => ({
    message: `a scenario must be a map of keys (schemaVersion, meta, parties, …), but this file holds ${show(found)}`,
    hint: 'start from scenarios/geneva-2-2014.yaml: copy it and change it',
  }),
  noVersion: (supported: number): Message => ({
    message: 'the file has no schemaVersion',
    hint: `add "schemaVersion: ${supported}" at the top`,
  }),
  newerVersion: (found: unknown, read: readonly number[]): Message => ({
    message: `this scenario is for a newer version of the game (schemaVersion ${show(found)}); this game reads schemaVersion ${versions(read)}`,
    hint: 'update the game, or ask the author for a file written for this version',
  }),
  badVersion: (found: unknown, read: readonly number[]): Message => ({
    message: `schemaVersion must be ${versions(read)}, not ${show(found)}`,
    hint: `write "schemaVersion: ${read[read.length - 1]}"`,
  }),
  readAsV2: (): Message => ({
    message: 'this file is format version 1; it was read as version 2',
    hint: 'set schemaVersion: 2 and meta.kind (historical or fictional) to silence this note',
  }),

  // Schema
  missing: (key: string, description?: string): Message => ({
    message: `"${key}" is missing`,
    hint: description ? `add ${key}: ${description}` : `add ${key}`,
  }),
  wrongType: (expected: string, found: unknown): Message => ({
    message: `expected ${typeNames[expected] ?? expected}, found ${show(found)}`,
  }),
  unknownKey: (key: string, suggestion: string | undefined, known: readonly string[]): Message => ({
    message: `unknown key "${key}"`,
    hint: suggestion
      ? `did you mean "${suggestion}"?`
      : known.length > 0
        ? `the keys allowed here are: ${known.join(', ')}`
        : 'remove it',
  }),
  tooSmall: (
    what: 'number' | 'text' | 'list',
    minimum: number | bigint,
    inclusive: boolean,
    found: unknown,
  ): Message => ({
    message:
      what === 'number'
        ? `expected a number ${inclusive ? 'of at least' : 'greater than'} ${minimum}, found ${show(found)}`
        : what === 'text'
          ? minimum === 1
            ? 'this text is empty'
            : `expected at least ${minimum} characters`
          : `expected at least ${minimum} ${minimum === 1 ? 'entry' : 'entries'}, found ${Array.isArray(found) ? found.length : 0}`,
  }),
  tooBig: (what: 'number' | 'text' | 'list', maximum: number | bigint, found: unknown): Message => ({
    message:
      what === 'number'
        ? `expected a number of at most ${maximum}, found ${show(found)}`
        : what === 'text'
          ? `this text is longer than ${maximum} characters`
          : `expected at most ${maximum} entries`,
    hint: what === 'text' ? 'shorten it: quotes are at most about two sentences' : undefined,
  }),
  badFormat: (format: string, found: unknown): Message => {
    const formats: Record<string, Message> = {
      date: { message: `expected a date as YYYY-MM-DD, found ${show(found)}`, hint: 'e.g. 2014-01-22' },
      url: {
        message: `expected a web link (http or https), found ${show(found)}`,
        hint: 'e.g. https://example.org/page',
      },
      regex: { message: `the value ${show(found)} does not have the expected form` },
    };
    return formats[format] ?? { message: `expected ${format}, found ${show(found)}` };
  },
  badId: (found: unknown): Message => ({
    message: `${show(found)} is not a valid id`,
    hint: 'ids use lower-case letters, digits and hyphens, and start with a letter, e.g. "united-states"',
  }),
  badOptionId: (found: unknown): Message => ({
    message: `${show(found)} is not a valid option id`,
    hint: 'option ids use lower-case letters, digits and hyphens, and start with a letter or a digit, e.g. "3m"',
  }),
  missingKind: (): Message => ({
    message: '"kind" is missing: say whether the scenario is historical or fictional',
    hint: 'add kind: historical (a real negotiation, with debrief.history) or kind: fictional under meta',
  }),
  badColour: (found: unknown): Message => ({
    message: `${show(found)} is not a colour`,
    hint: 'write a colour as #rrggbb, e.g. #4a6b8a',
  }),
  badChoice: (found: unknown, allowed: readonly unknown[], suggestion?: string): Message => ({
    message: `${show(found)} is not one of: ${allowed.map((v) => String(v)).join(', ')}`,
    hint: suggestion ? `did you mean "${suggestion}"?` : undefined,
  }),
  badEffectKind: (found: unknown): Message => ({
    message: `${show(found)} is not a kind of effect`,
    hint: 'an effect has kind: trust, walkAway, weight, value or meeting',
  }),
  evidenceBoth: (): Message => ({
    message: 'evidence is both cited (source, quote) and inferred',
    hint: 'keep source and quote if a source says it; keep only inferred if none does',
  }),
  evidenceNone: (): Message => ({
    message: 'evidence needs either source and quote, or inferred',
    hint: 'cite a source (source: id, quote: "…") or say why it is inferred (inferred: "…")',
  }),
  evidenceHalf: (missing: string): Message => ({
    message: `cited evidence is missing its ${missing}`,
    hint: 'a citation has both source (an id from meta.sources) and quote (the words, verbatim)',
  }),
  eventBasis: (): Message => ({
    message:
      'an event needs either sources (ids from meta.sources) or inferred (why it is plausible), not both',
    hint: 'add sources: [id] for a reported event, or inferred: "…" for an invented one',
  }),
  invalid: (detail: string): Message => ({ message: detail }),

  // Cross-checks
  duplicateId: (kind: string, id: string, firstPath: string): Message => ({
    message: `the ${kind} id "${id}" is used twice`,
    hint: `it is first used at ${firstPath}; give each ${kind} its own id`,
  }),
  unknownRef: (
    kind: string,
    id: string,
    suggestion: string | undefined,
    known: readonly string[],
  ): Message => ({
    message: `there is no ${kind} "${id}"`,
    hint: suggestion
      ? `did you mean "${suggestion}"?`
      : known.length > 0
        ? `the ${kind}s are: ${known.join(', ')}`
        : `define the ${kind} first`,
  }),
  missingWeight: (issue: string): Message => ({
    message: `no weight for the issue "${issue}"`,
    hint: `add weights.${issue} with a positive weight and its evidence (in format version 2, an issue a party does not care about may be left out)`,
  }),
  noWeightAtAll: (party: string): Message => ({
    message: `${party} gives no weight to any issue, so no text is worth anything to it`,
    hint: 'give at least one issue in weights a weight above 0',
  }),
  effectOnIgnoredIssue: (party: string, issue: string): Message => ({
    message: `${party} gives the issue "${issue}" no weight, so an event cannot change how much it matters`,
    hint: `give ${party} a weight for ${issue} (it may be small), or remove this effect`,
  }),
  historyNeeded: (): Message => ({
    message: 'a historical scenario needs debrief.history: what really happened, with sources',
    hint: 'add debrief.history, or set meta.kind: fictional for an invented negotiation',
  }),
  lastDayBeforeStart: (lastDay: string, start: string): Message => ({
    message: `the last day of play (${lastDay}) is before the first (${start})`,
    hint: `set calendar.lastDay to a date from ${start} to the conference, or leave it out for the day before the conference`,
  }),
  shortLastDay: (shortLastDay: string, start: string, end: string): Message => ({
    message: `the short game's last day (${shortLastDay}) is not from the first day (${start}) to before the full game's last day (${end})`,
    hint: `set calendar.short.lastDay to a date from ${start} to before ${end}, so the short game is shorter, or leave calendar.short out`,
  }),
  lastDayAfterConference: (lastDay: string, conference: string): Message => ({
    message: `the last day of play (${lastDay}) is after the conference (${conference})`,
    hint: `set calendar.lastDay to at most ${conference} (then the conference day is played), or leave it out for the day before`,
  }),
  unscoredOption: (party: string, issue: string, option: string): Message => ({
    message: `${party} gives no points to option "${option}" of "${issue}"; it counts as 0`,
    hint: `add values.${issue}.${option}: { points: …, evidence: … }`,
  }),
  trustSelf: (party: string): Message => ({
    message: `${party} lists trust in itself`,
    hint: 'trust.parties lists the other parties only',
  }),
  valueOutsideRange: (what: string, value: number, min: number, max: number): Message => ({
    message: `the ${what} ${value} lies outside its range ${min}–${max}`,
    hint: `widen the range to include ${value}, or set the value inside it`,
  }),
  missingTrust: (party: string, other: string): Message => ({
    message: `${party} gives no trust value for "${other}"; it counts as 50`,
    hint: `add trust.parties.${other}`,
  }),
  statusQuoUnknown: (issue: string, option: string, suggestion: string | undefined): Message => ({
    message: `the status quo "${option}" is not an option of "${issue}"`,
    hint: suggestion ? `did you mean "${suggestion}"?` : "name one of the issue's option ids",
  }),
  conferenceBeforeStart: (start: string, conference: string): Message => ({
    message: `the conference (${conference}) is not after the first day (${start})`,
    hint: 'the conference date must come after the start date',
  }),
  calendarTooLong: (days: number, most: number): Message => ({
    message: `the calendar runs ${days} days before the conference; a game can have at most ${most}`,
    hint: `bring the conference date to at most ${most} days after the start date`,
  }),
  eventOutsideCalendar: (date: string, start: string, conference: string): Message => ({
    message: `the event date ${date} is outside the calendar (${start} to ${conference})`,
    hint: 'move the event inside the calendar, or widen the calendar',
  }),
  longQuote: (sentences: number): Message => ({
    message: `this quote is ${sentences} sentences long`,
    hint: 'quote at most about two sentences; link to the source for the rest',
  }),
  unknownPlaceholder: (
    placeholder: string,
    situation: string,
    allowed: readonly string[],
    suggestion: string | undefined,
    elsewhere: readonly string[],
  ): Message => {
    const braces = (names: readonly string[]) => names.map((p) => `{${p}}`).join(', ');
    const here =
      allowed.length > 0
        ? `lines for "${situation}" may use ${braces(allowed)}`
        : `lines for "${situation}" take no placeholders`;
    return {
      message: `the placeholder {${placeholder}} has no value in a line for "${situation}"`,
      hint: suggestion
        ? `did you mean {${suggestion}}?`
        : elsewhere.length > 0
          ? `{${placeholder}} is only filled in lines for ${elsewhere.join(', ')}; ${here}, or write it out in words`
          : `${here}; write anything else out in words`,
    };
  },
  bidiControl: (count: number): Message => ({
    message: `${count === 1 ? 'a direction control character was' : `${count} direction control characters were`} taken out: one can make text read differently from what it says`,
    hint: 'write the text in its own order; right-to-left scripts need no control characters',
  }),
  markStack: (most: number): Message => ({
    message: `a stack of more than ${most} accents on one letter was cut to ${most}: it would draw over the lines around it`,
    hint: 'a letter takes at most a few accents; remove the rest',
  }),
  strayBrace: (situation: string): Message => ({
    message: `this line for "${situation}" has a { or } that opens or closes no placeholder`,
    hint: 'write a placeholder as {name}, with both braces, or leave the braces out',
  }),
  tooManyPackages: (count: number, checked: number): Message => ({
    message: `the scenario has ${count.toLocaleString('en')} possible texts; the zone-of-agreement check looked at ${checked.toLocaleString('en')} of them`,
    hint: 'fewer issues or options make every text checkable',
  }),
  noZone: (): Message => ({
    message: "no zone of agreement: no negotiating text clears every party's walk-away value and red lines",
    hint: 'lower a walk-away value, soften a red line, or give the parties an option they can all live with',
  }),
} as const;
