import { conferenceDayOf, playedDays } from '../../engine/calendar';
import { bestUtility, favouritesOf, normaliseWeights } from '../../engine/model';
import type { Evidence, Issue, Party, Scenario } from '../../scenario/schema';
import { type GameLength, withLength } from '../gameLength';
import { matteringOf } from '../mattering';
import { rulesOf } from '../rulesOf';
import { dateOf } from '../selectors';
import { type Strings, stringsOf } from '../strings';

/** Where a stance comes from, as a brief prints it: the quote and its source, or why it is inferred. */
export interface Citation {
  readonly quote?: string;
  /** The source's title (or publisher) and date. */
  readonly source?: string;
  /** The same quote was printed earlier in this brief: only its source is named again. */
  readonly again?: boolean;
  readonly inferred?: string;
}

/** How an option, or an issue, sits with the party: the view marks them apart. */
export type BriefTone = 'best' | 'fine' | 'poor' | 'worst' | 'never' | 'none';

export interface BriefLine {
  /** A lead in bold: an issue's name, an option's label, a party's name. */
  readonly label?: string;
  readonly text: string;
  /** Only when the teacher asks for the numbers. */
  readonly numbers?: string;
  readonly tone?: BriefTone;
  readonly evidence?: Citation;
  readonly lines?: readonly BriefLine[];
}

export interface BriefSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly lines: readonly BriefLine[];
  readonly evidence?: Citation;
}

export interface RoleBrief {
  /** The party's id, or "mediator". */
  readonly id: string;
  readonly kind: 'party' | 'mediator';
  readonly name: string;
  readonly leaders: string;
  readonly confidential: string;
  readonly colour: string;
  readonly sections: readonly BriefSection[];
}

export interface BriefOptions {
  readonly numbers: boolean;
  readonly length?: GameLength;
}

/** Where each word of trust begins, as the meters on screen read it: below 20 the first word, and so on. */
const TRUST_LIMITS = [20, 40, 60, 80] as const;

const num = (n: number) => String(Math.round(n * 10) / 10);
/** The spread a game draws a value from, where the scenario gives one. */
const drawn = (r: { min: number; max: number } | undefined, words: Strings['roleBriefs']) =>
  r && r.min !== r.max ? words.numbers.drawn(num(r.min), num(r.max)) : '';

/** Cites one stance; a quote printed before in the same brief is named, not printed again. */
function citer(scenario: Scenario) {
  const quoted = new Set<string>();
  return (evidence: Evidence | undefined): Citation | undefined => {
    if (!evidence) return undefined;
    if (evidence.inferred !== undefined) return { inferred: evidence.inferred };
    const source = scenario.meta.sources.find((s) => s.id === evidence.source);
    const named = source ? `${source.title ?? source.publisher}, ${source.date}` : (evidence.source ?? '');
    const quote = evidence.quote ?? '';
    if (quoted.has(quote)) return { source: named, again: true };
    quoted.add(quote);
    return { quote, source: named };
  };
}

function attendWord(walkAway: number, best: number, words: Strings['roleBriefs']): string {
  const share = best > 0 ? walkAway / best : 1;
  if (share < 0.45) return words.attend.eager;
  if (share < 0.6) return words.attend.half;
  if (share < 0.8) return words.attend.most;
  return words.attend.nearly;
}

function partyBrief(scenario: Scenario, p: number, options: BriefOptions): RoleBrief {
  const words = stringsOf(scenario).roleBriefs;
  const party = scenario.parties[p]!;
  const model = rulesOf(scenario).model.parties[p]!;
  const cite = citer(scenario);
  const numbers = options.numbers;
  const raw = scenario.issues.map((issue) => party.weights[issue.id]?.weight ?? 0);
  const shares = normaliseWeights(raw);
  const total = raw.reduce((a, b) => a + b, 0);
  const top = Math.max(...shares);
  // Most first; an issue it does not weigh last, in the scenario's order.
  const ranked = scenario.issues
    .map((issue, i) => ({ issue, i, share: model.cares[i] ? shares[i]! : 0 }))
    .sort((a, b) => b.share - a.share || a.i - b.i);

  const priorities = ranked.map(({ issue, share }): BriefLine => {
    const weight = party.weights[issue.id];
    return {
      label: issue.name,
      text: stringsOf(scenario).mattering[matteringOf(share, share > 0 && share >= top - 1e-9)],
      tone: share > 0 ? undefined : 'none',
      ...(numbers && weight
        ? {
            numbers: words.numbers.weight(
              num(weight.weight),
              num(total),
              Math.round(share * 100),
              drawn(weight.range, words),
            ),
          }
        : {}),
      ...(weight ? { evidence: cite(weight.evidence)! } : {}),
    };
  });

  const wants = ranked.map(({ issue, i, share }): BriefLine => {
    if (share <= 0) return { label: issue.name, text: words.noView, tone: 'none' };
    return { label: issue.name, text: '', lines: optionLines(scenario, party, issue, i, options, cite) };
  });

  const redLines = party.redLines.map((line): BriefLine => {
    const issue = scenario.issues.find((x) => x.id === line.issue)!;
    const option = issue.options.find((o) => o.id === line.option)!;
    return {
      text: words.redLine(option.label, issue.name),
      tone: 'never',
      evidence: cite(line.evidence)!,
    };
  });

  const best = bestUtility(model);
  const attend: BriefLine[] = [
    {
      text: attendWord(party.walkAway.value, best, words),
      ...(numbers
        ? {
            numbers: words.numbers.walkAway(
              num(party.walkAway.value),
              num(best),
              drawn(party.walkAway.range, words),
            ),
          }
        : {}),
      evidence: cite(party.walkAway.evidence)!,
    },
    ...(party.redLines.length > 0 ? [{ text: words.attend.never, tone: 'never' as const }] : []),
    {
      text: words.concession[party.concession.style],
      ...(party.concession.evidence ? { evidence: cite(party.concession.evidence)! } : {}),
    },
  ];

  const trustLine = (label: string, value: number): BriefLine => ({
    label,
    text: trustWordOf(value, stringsOf(scenario)),
    ...(numbers ? { numbers: words.numbers.trust(value) } : {}),
  });
  const trust = [
    trustLine(words.trust.mediator(scenario.mediator.name), party.trust.mediator),
    ...scenario.parties
      .filter((other) => other.id !== party.id)
      .map((other) => trustLine(other.name, party.trust.parties[other.id] ?? 50)),
  ];

  const section = (
    id: string,
    heading: string,
    paragraphs: readonly string[],
    lines: readonly BriefLine[] = [],
    evidence?: Citation,
  ): BriefSection => ({ id, heading, paragraphs, lines, ...(evidence ? { evidence } : {}) });
  const played = withLength(scenario, options.length ?? 'full');
  const conference = dateOf(played, conferenceDayOf(played.calendar)).long;
  return {
    id: party.id,
    kind: 'party',
    name: party.name,
    leaders: words.leaders(party.leaders.map((l) => `${l.name}, ${l.title}`)),
    confidential: words.confidential(party.name),
    colour: party.colour,
    sections: [
      ...(party.brief ? [section('role', words.sections.role, [party.brief])] : []),
      section('situation', words.sections.situationAsMediator, [
        scenario.meta.summary,
        words.meetingOn(conference, played.calendar.conferencePlace),
      ]),
      section('priorities', words.sections.priorities, [], priorities),
      section('wants', words.sections.wants, [], wants),
      section('red-lines', words.sections.redLines, redLines.length ? [] : [words.noRedLines], redLines),
      section('attend', words.sections.attend, [], attend),
      section('trust', words.sections.trust, [words.trust.lead], trust, cite(party.trust.evidence)),
    ],
  };
}

function optionLines(
  scenario: Scenario,
  party: Party,
  issue: Issue,
  i: number,
  options: BriefOptions,
  cite: (evidence: Evidence | undefined) => Citation | undefined,
): BriefLine[] {
  const words = stringsOf(scenario).roleBriefs;
  const points = rulesOf(scenario).model.parties[scenario.parties.indexOf(party)]!.points[i]!;
  const most = Math.max(...points);
  const least = Math.min(...points);
  const values = party.values[issue.id] ?? {};
  return issue.options
    .map((option, o) => ({ option, o, points: points[o]! }))
    .sort((a, b) => b.points - a.points || a.o - b.o)
    .map(({ option, points: pts }): BriefLine => {
      const never = party.redLines.some((l) => l.issue === issue.id && l.option === option.id);
      // An option worth 50 points or more is one it can live with, even when no other is worse.
      const tone: BriefTone = never
        ? 'never'
        : pts === most
          ? 'best'
          : pts >= 50
            ? 'fine'
            : pts === least
              ? 'worst'
              : 'poor';
      const value = values[option.id];
      return {
        label: option.label,
        text: words.stance[tone as Exclude<BriefTone, 'none'>],
        tone,
        ...(options.numbers ? { numbers: words.numbers.points(num(pts)) } : {}),
        ...(value ? { evidence: cite(value.evidence)! } : {}),
      };
    });
}

function trustWordOf(value: number, strings: Strings): string {
  const index = TRUST_LIMITS.findIndex((limit) => value < limit);
  return strings.trustWords[index < 0 ? TRUST_LIMITS.length : index]!;
}

function mediatorBrief(scenario: Scenario, options: BriefOptions): RoleBrief {
  const words = stringsOf(scenario).roleBriefs;
  const played = withLength(scenario, options.length ?? 'full');
  const cite = citer(scenario);
  const model = rulesOf(scenario).model;
  const days = playedDays(played.calendar);
  const { mediator } = scenario;
  const issues = scenario.issues.map(
    (issue): BriefLine => ({
      label: issue.name,
      text: issue.description ?? '',
      lines: issue.options.map((option) => ({
        label: option.label,
        text: [option.description, option.id === issue.statusQuo ? `(${words.statusQuo})` : '']
          .filter(Boolean)
          .join(' '),
      })),
    }),
  );
  const positions = scenario.parties.map((party, p): BriefLine => {
    const favourite = favouritesOf(model.parties[p]!.points, model.parties[p]!.cares);
    return {
      label: party.name,
      text: words.leaders(party.leaders.map((l) => `${l.name}, ${l.title}`)),
      lines: scenario.issues.map((issue, i): BriefLine => {
        const best = favourite[i]!;
        if (best < 0) return { label: issue.name, text: words.noPosition, tone: 'none' };
        const option = issue.options[best]!;
        return {
          label: issue.name,
          text: option.label,
          ...(party.values[issue.id]?.[option.id]
            ? { evidence: cite(party.values[issue.id]![option.id]!.evidence)! }
            : {}),
        };
      }),
    };
  });
  const section = (
    id: string,
    heading: string,
    paragraphs: readonly string[],
    lines: readonly BriefLine[] = [],
  ): BriefSection => ({ id, heading, paragraphs, lines });
  return {
    id: 'mediator',
    kind: 'mediator',
    name: mediator.name,
    leaders: [mediator.title, mediator.organisation].filter(Boolean).join(' · '),
    confidential: words.forMediator,
    colour: mediator.colour,
    sections: [
      section('task', words.sections.task, [mediator.brief]),
      section('situation', words.sections.situationAsMediator, [scenario.meta.summary]),
      section('calendar', words.sections.calendar, [
        words.calendar.talks(
          dateOf(played, 0).long,
          dateOf(played, days - 1).long,
          days,
          played.calendar.actionsPerDay,
        ),
        words.meetingOn(
          dateOf(played, conferenceDayOf(played.calendar)).long,
          played.calendar.conferencePlace,
        ),
        words.calendar.moves,
        words.calendar.text,
        words.calendar.decide,
        words.calendar.early,
      ]),
      section('issues', words.sections.issues, [], issues),
      section('positions', words.sections.positions, [], positions),
      section(
        'unknown',
        words.sections.unknown,
        [],
        words.unknown.map((text) => ({ text })),
      ),
    ],
  };
}

/**
 * The confidential role briefs of a scenario, for an in-person role-play: one per party, then the mediator's.
 * A party's brief holds only what that party knows of itself; the numbers only when the teacher asks for them.
 */
export function roleBriefsOf(scenario: Scenario, options: BriefOptions): RoleBrief[] {
  return [
    ...scenario.parties.map((_, p) => partyBrief(scenario, p, options)),
    mediatorBrief(scenario, options),
  ];
}
