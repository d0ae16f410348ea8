import { type Finding, formatPath, type PathSegment } from './diagnostic';
import { closest } from './didYouMean';
import { MESSAGES, type Message } from './messages';
import { type Evidence, type Scenario, SITUATIONS, type Situation } from './schema';

const DAY_MS = 86_400_000;
/** The longest run-up a game can have: a term's worth of days, and still quick to draw. */
export const MOST_DAYS = 60;

/** Whether the party's weight for the issue can be above 0 in some game: otherwise it does not care about it. */
export function weighs(party: Scenario['parties'][number], issueId: string): boolean {
  if (!Object.hasOwn(party.weights, issueId)) return false;
  const w = party.weights[issueId]!;
  return w.weight > 0 || (w.range?.max ?? 0) > 0;
}

export interface CrossCheckOptions {
  /** The version the file was written in: a version-1 file must still weigh every issue, as version 1 said. */
  readonly version?: number;
}

/** Checks what the schema alone cannot: ids that match, dates that fit, and a deal that is possible at all. */
export function crossCheck(scenario: Scenario, options: CrossCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const error = (path: PathSegment[], m: Message) => findings.push({ severity: 'error', path, ...m });
  const warn = (path: PathSegment[], m: Message) => findings.push({ severity: 'warning', path, ...m });

  const unique = (kind: string, items: readonly { id: string }[], base: PathSegment[]) => {
    const seen = new Map<string, PathSegment[]>();
    items.forEach((item, i) => {
      const path = [...base, i, 'id'];
      const first = seen.get(item.id);
      if (first) error(path, MESSAGES.duplicateId(kind, item.id, formatPath(first)));
      else seen.set(item.id, path);
    });
  };
  unique('source', scenario.meta.sources, ['meta', 'sources']);
  unique('party', scenario.parties, ['parties']);
  unique('issue', scenario.issues, ['issues']);
  unique('event', scenario.events, ['events']);
  scenario.issues.forEach((issue, i) => {
    unique('option', issue.options, ['issues', i, 'options']);
  });

  const sourceIds = scenario.meta.sources.map((s) => s.id);
  const partyIds = scenario.parties.map((p) => p.id);
  const issueIds = scenario.issues.map((i) => i.id);
  const optionsOf = (issueId: string) =>
    scenario.issues.find((i) => i.id === issueId)?.options.map((o) => o.id) ?? [];

  const ref = (
    kind: string,
    value: string,
    known: readonly string[],
    path: PathSegment[],
    atKey = false,
  ): boolean => {
    if (known.includes(value)) return true;
    findings.push({
      severity: 'error',
      path,
      atKey,
      ...MESSAGES.unknownRef(kind, value, closest(value, known), known),
    });
    return false;
  };
  const sourceRef = (value: string, path: PathSegment[]) => ref('source', value, sourceIds, path);

  const checkEvidence = (evidence: Evidence | undefined, path: PathSegment[]) => {
    if (!evidence) return;
    if (evidence.source !== undefined) sourceRef(evidence.source, [...path, 'source']);
    if (evidence.quote !== undefined) {
      const sentences = evidence.quote.split(/[.!?]["”’)]*\s+(?=[A-Z"“])/).length;
      if (sentences > 2) warn([...path, 'quote'], MESSAGES.longQuote(sentences));
    }
  };

  // A line may only use the placeholders its situation fills; the game would otherwise say "{changes}" aloud.
  const checkPlaceholders = (situation: Situation, line: string, path: PathSegment[]) => {
    const allowed: readonly string[] = SITUATIONS[situation].placeholders;
    for (const [, name = ''] of line.matchAll(/\{([^{}]*)\}/g)) {
      if (allowed.includes(name)) continue;
      const elsewhere = Object.entries(SITUATIONS)
        .filter(([, s]) => (s.placeholders as readonly string[]).includes(name))
        .map(([other]) => other);
      error(path, MESSAGES.unknownPlaceholder(name, situation, allowed, closest(name, allowed), elsewhere));
    }
    if (/[{}]/.test(line.replace(/\{[^{}]*\}/g, ''))) error(path, MESSAGES.strayBrace(situation));
  };

  scenario.issues.forEach((issue, i) => {
    const options = issue.options.map((o) => o.id);
    if (!options.includes(issue.statusQuo)) {
      error(
        ['issues', i, 'statusQuo'],
        MESSAGES.statusQuoUnknown(issue.id, issue.statusQuo, closest(issue.statusQuo, options)),
      );
    }
  });

  scenario.parties.forEach((party, p) => {
    const range = party.walkAway.range;
    if (range && (party.walkAway.value < range.min || party.walkAway.value > range.max))
      error(
        ['parties', p, 'walkAway', 'range'],
        MESSAGES.valueOutsideRange('walk-away value', party.walkAway.value, range.min, range.max),
      );
    for (const [issue, w] of Object.entries(party.weights)) {
      if (w.range && (w.weight < w.range.min || w.weight > w.range.max))
        error(
          ['parties', p, 'weights', issue, 'range'],
          MESSAGES.valueOutsideRange('weight', w.weight, w.range.min, w.range.max),
        );
    }
    const base: PathSegment[] = ['parties', p];
    for (const [issueId, weight] of Object.entries(party.weights)) {
      if (ref('issue', issueId, issueIds, [...base, 'weights', issueId], true)) {
        checkEvidence(weight.evidence, [...base, 'weights', issueId, 'evidence']);
      }
    }
    if (options.version === 1) {
      for (const issueId of issueIds) {
        if (!Object.hasOwn(party.weights, issueId))
          error([...base, 'weights'], MESSAGES.missingWeight(issueId));
      }
    }
    // An issue left out or weighted 0 counts nothing for the party, but some issue must count.
    if (!issueIds.some((issueId) => weighs(party, issueId)))
      error([...base, 'weights'], MESSAGES.noWeightAtAll(party.id));
    for (const [issueId, values] of Object.entries(party.values)) {
      if (!ref('issue', issueId, issueIds, [...base, 'values', issueId], true)) continue;
      const options = optionsOf(issueId);
      for (const [optionId, value] of Object.entries(values)) {
        const path = [...base, 'values', issueId, optionId];
        if (ref('option', optionId, options, path, true))
          checkEvidence(value.evidence, [...path, 'evidence']);
      }
    }
    for (const issue of scenario.issues) {
      // An issue the party does not weigh needs no points: they would count nothing.
      if (!weighs(party, issue.id)) continue;
      const values = Object.hasOwn(party.values, issue.id) ? party.values[issue.id]! : {};
      for (const option of issue.options) {
        if (!Object.hasOwn(values, option.id)) {
          warn(
            [...base, 'values', ...(Object.hasOwn(party.values, issue.id) ? [issue.id] : [])],
            MESSAGES.unscoredOption(party.id, issue.id, option.id),
          );
        }
      }
    }
    party.redLines.forEach((line, r) => {
      const path = [...base, 'redLines', r];
      if (ref('issue', line.issue, issueIds, [...path, 'issue']))
        ref('option', line.option, optionsOf(line.issue), [...path, 'option']);
      checkEvidence(line.evidence, [...path, 'evidence']);
    });
    for (const [situation, lines] of Object.entries(party.phrasebook ?? {})) {
      lines?.forEach((phrase, l) => {
        const path = [...base, 'phrasebook', situation, l];
        checkEvidence(phrase, path);
        checkPlaceholders(situation as Situation, phrase.line, [...path, 'line']);
      });
    }
    checkEvidence(party.walkAway.evidence, [...base, 'walkAway', 'evidence']);
    checkEvidence(party.concession.evidence, [...base, 'concession', 'evidence']);
    checkEvidence(party.trust.evidence, [...base, 'trust', 'evidence']);
    for (const other of Object.keys(party.trust.parties)) {
      if (other === party.id) error([...base, 'trust', 'parties', other], MESSAGES.trustSelf(party.id));
      else ref('party', other, partyIds, [...base, 'trust', 'parties', other], true);
    }
    for (const other of partyIds) {
      if (other !== party.id && !Object.hasOwn(party.trust.parties, other)) {
        warn([...base, 'trust', 'parties'], MESSAGES.missingTrust(party.id, other));
      }
    }
  });

  const { start, conference, lastDay } = scenario.calendar;
  if (conference <= start)
    error(['calendar', 'conference'], MESSAGES.conferenceBeforeStart(start, conference));
  // ISO dates compare as text; how many days are played is the engine's to count (engine/calendar.ts).
  if (lastDay !== undefined && lastDay < start)
    error(['calendar', 'lastDay'], MESSAGES.lastDayBeforeStart(lastDay, start));
  if (lastDay !== undefined && lastDay > conference)
    error(['calendar', 'lastDay'], MESSAGES.lastDayAfterConference(lastDay, conference));
  const short = scenario.calendar.short;
  // Without a lastDay the full game ends the day before the conference; ISO dates compare as text.
  const fullLastDay = lastDay ?? new Date(Date.parse(conference) - DAY_MS).toISOString().slice(0, 10);
  if (short && (short.lastDay < start || short.lastDay >= fullLastDay))
    error(['calendar', 'short', 'lastDay'], MESSAGES.shortLastDay(short.lastDay, start, fullLastDay));
  const days = Math.round((Date.parse(conference) - Date.parse(start)) / DAY_MS);
  // Every screen lays out the whole calendar: a year of days makes each one take seconds.
  if (days > MOST_DAYS) error(['calendar', 'conference'], MESSAGES.calendarTooLong(days, MOST_DAYS));
  scenario.events.forEach((event, e) => {
    const base: PathSegment[] = ['events', e];
    if (event.date < start || event.date > conference) {
      error([...base, 'date'], MESSAGES.eventOutsideCalendar(event.date, start, conference));
    }
    event.sources?.forEach((id, s) => {
      sourceRef(id, [...base, 'sources', s]);
    });
    event.effects.forEach((effect, f) => {
      const path = [...base, 'effects', f];
      if (effect.kind === 'meeting') {
        effect.parties.forEach((id, k) => {
          ref('party', id, partyIds, [...path, 'parties', k]);
        });
        return;
      }
      ref('party', effect.party, partyIds, [...path, 'party']);
      if (effect.kind === 'trust' && effect.towards !== 'mediator') {
        ref('party', effect.towards, [...partyIds, 'mediator'], [...path, 'towards']);
      }
      const party = scenario.parties.find((p) => p.id === effect.party);
      if (effect.kind === 'weight' && ref('issue', effect.issue, issueIds, [...path, 'issue'])) {
        if (party && !weighs(party, effect.issue))
          error([...path, 'issue'], MESSAGES.effectOnIgnoredIssue(party.id, effect.issue));
      }
      if (effect.kind === 'value' && ref('issue', effect.issue, issueIds, [...path, 'issue']))
        ref('option', effect.option, optionsOf(effect.issue), [...path, 'option']);
    });
  });

  if (scenario.meta.kind === 'historical' && scenario.debrief.history === undefined)
    error(['debrief'], MESSAGES.historyNeeded());
  scenario.debrief.history?.forEach((entry, h) => {
    entry.sources.forEach((id, s) => {
      sourceRef(id, ['debrief', 'history', h, 'sources', s]);
    });
  });
  const actual = scenario.debrief.actualOutcome;
  if (actual) {
    const base: PathSegment[] = ['debrief', 'actualOutcome'];
    for (const [issueId, optionId] of Object.entries(actual.package)) {
      if (ref('issue', issueId, issueIds, [...base, 'package', issueId], true)) {
        ref('option', optionId, optionsOf(issueId), [...base, 'package', issueId]);
      }
    }
    actual.attended.forEach((id, a) => {
      ref('party', id, partyIds, [...base, 'attended', a]);
    });
    actual.sources.forEach((id, s) => {
      sourceRef(id, [...base, 'sources', s]);
    });
  }

  return findings;
}
