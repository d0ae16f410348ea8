import type { AppSnapshot } from '../../../flow/appActor';
import { type DebriefData, debriefOf } from '../../../flow/debrief';
import { frameOf } from '../../../flow/frame';
import { resultFileName, resultOf } from '../../../flow/resultOf';
import { dateOf, dayOfDate } from '../../../flow/selectors';
import { now } from '../../../platform/clock';
import { TEXT } from '../../text';
import { outcomeChart } from '../chart';
import { describeEntry } from '../describe';
import { inventedLabel } from '../eventNote';
import { evidenceMark, sourceList } from '../evidence';
import { h } from '../h';
import { portrait } from '../portrait';
import type { Screen, Send } from '../screen';

export interface DebriefHooks {
  /** Offers the class's result as a file for the teacher. */
  downloadResult(fileName: string, json: string): void;
  /** Prints the debrief as a document (the print stylesheet lays it out). */
  print(): void;
}

/** What this game's model says of the real terms, and where it disagrees with the record, why. */
function modelOnTheRecord(model: NonNullable<DebriefData['actual']>['model']): string {
  const away = model.filter((m) => !m.wouldCome);
  if (away.length === 0) return TEXT.debrief.modelAgrees;
  const why = away
    .map((m) =>
      m.redLine ? TEXT.debrief.crossesRedLine(m.party) : TEXT.debrief.worthTo(m.party, m.utility, m.walkAway),
    )
    .join('; ');
  return TEXT.debrief.modelDisagrees(why);
}

/**
 * The debrief: the result at a glance (your text, who came), then sections a teacher opens in turn: the deal
 * against the frontier, hidden priorities revealed, a better text, the record, history, questions.
 */
export function debriefScreen(snapshot: AppSnapshot, send: Send, hooks: DebriefHooks): Screen {
  const run = snapshot.context.run!;
  const { scenario } = run;
  const data = debriefOf(run)!;
  const heading = h('h1', { id: 'debrief-heading', tabindex: -1 }, TEXT.debrief.heading);
  const textList = (labels: readonly string[]) =>
    h(
      'ol',
      { class: 'final-text' },
      ...labels.map((label, i) =>
        h('li', {}, h('span', { class: 'clause-issue' }, `${data.issues[i]}: `), label),
      ),
    );

  // A section the teacher opens in turn: its heading and a line on what it holds stay in view while closed.
  const sections: HTMLDetailsElement[] = [];
  const section = (title: string, hint: string, ...body: (HTMLElement | null)[]) => {
    const details = h(
      'details',
      { class: 'debrief-section' },
      h('summary', {}, h('h2', {}, title), h('span', { class: 'section-hint' }, hint)),
      h('div', { class: 'section-body' }, ...body),
    );
    sections.push(details);
    return details;
  };

  const parties = data.parties.map((party) =>
    h(
      'article',
      { class: 'revealed', style: `--party: ${party.colour}` },
      h(
        'header',
        {},
        portrait({ key: party.portrait, name: party.leader, colour: party.colour, size: 72 }),
        h(
          'div',
          {},
          h('h3', {}, party.name),
          h('p', {}, party.attends ? TEXT.debrief.came : TEXT.debrief.stayedAway),
        ),
      ),
      h(
        'p',
        {},
        TEXT.debrief.partyWorth(
          party.utility.toFixed(1),
          party.name,
          party.demand.toFixed(1),
          party.walkAway.toFixed(1),
          party.walkAwayAtStart,
          party.walkAwayRange ?? undefined,
          party.engagement,
        ),
        evidenceMark(scenario, party.walkAwayEvidence, TEXT.debrief.whyWalkAway),
      ),
      h('h4', {}, TEXT.debrief.hiddenPriorities),
      h(
        'ul',
        { class: 'priority-bars' },
        ...party.priorities
          .map((pr, i) => ({ ...pr, i }))
          .sort((a, b) => b.share - a.share)
          .map((pr) =>
            h(
              'li',
              {},
              h('span', { class: 'bar', style: `width: ${pr.share * 2}%`, 'aria-hidden': 'true' }),
              h('span', {}, `${pr.issue}: ${pr.share}%`),
              evidenceMark(scenario, pr.evidence, TEXT.debrief.whyMatters(pr.issue)),
            ),
          ),
      ),
      party.redLines.length
        ? h(
            'p',
            { class: 'red-line-note' },
            TEXT.debrief.redLines,
            ...party.redLines.map((r) =>
              h(
                'span',
                {},
                `${r.issue} — ${r.option}`,
                evidenceMark(scenario, r.evidence, TEXT.speech.whyRedLine),
              ),
            ),
          )
        : h('p', {}, TEXT.debrief.noRedLines),
      h('p', { class: 'note' }, TEXT.debrief.trustAtEnd(party.trust)),
    ),
  );

  const better = data.better
    ? section(
        TEXT.debrief.betterTitle[data.better.kind],
        TEXT.debrief.betterHint[data.better.kind],
        h('p', {}, TEXT.debrief.betterLead[data.better.kind]),
        textList(data.better.text),
        h(
          'p',
          { class: 'note' },
          data.better.utilities.map((u, p) => `${data.parties[p]!.name} ${u.toFixed(1)}`).join(' · '),
        ),
      )
    : section(
        TEXT.debrief.betterTitle.none,
        TEXT.debrief.betterHint.none,
        h('p', {}, TEXT.debrief.noneBetter),
      );

  // Each day's news first (invented events say so), then the mediator's moves that day. The events an
  // evening's endDay fires belong to the next morning, as on the news screen.
  const days = new Map<number, HTMLElement[]>();
  const add = (day: number, line: HTMLElement) => days.set(day, [...(days.get(day) ?? []), line]);
  for (const entry of run.journal) {
    for (const report of entry.reports) {
      if (report.kind !== 'event') continue;
      const event = scenario.events.find((e) => e.id === report.event);
      if (!event) continue;
      const invented = inventedLabel(event);
      // Dated by the event itself: the last evening can fire the news of several unplayed days at once.
      add(
        dayOfDate(scenario, event.date),
        h(
          'li',
          { class: 'record-news' },
          TEXT.record.news(event.title),
          invented ? h('span', { class: 'invented-event' }, ` — ${invented}`) : null,
        ),
      );
    }
  }
  const moves = new Map<number, HTMLElement[]>();
  for (const entry of run.journal) {
    const line = describeEntry(run, entry);
    if (line) moves.set(entry.day, [...(moves.get(entry.day) ?? []), h('li', {}, line)]);
  }
  for (const [day, lines] of moves) for (const line of lines) add(day, line);
  const record = h(
    'ol',
    { class: 'record' },
    ...[...days]
      .sort(([a], [b]) => a - b)
      .map(([day, lines]) => h('li', {}, h('strong', {}, dateOf(scenario, day).long), h('ul', {}, ...lines))),
  );

  const history = h(
    'ol',
    { class: 'history' },
    ...data.history.map((entry) =>
      h(
        'li',
        {},
        h('strong', {}, dateOf(scenario, dayOfDate(scenario, entry.date)).long),
        h('p', {}, entry.text),
        sourceList(entry.sources),
      ),
    ),
  );

  // The result at a glance: who came, and what the text was worth to each against what it needed.
  const onTheDay = h(
    'section',
    { class: 'on-the-day' },
    h('h2', {}, TEXT.debrief.onTheDay),
    h(
      'ul',
      { class: 'attendance' },
      ...data.parties.map((party) =>
        h(
          'li',
          { class: party.attends ? 'came' : 'away', style: `--party: ${party.colour}` },
          portrait({ key: party.portrait, name: party.leader, colour: party.colour, size: 48 }),
          h(
            'div',
            {},
            h('strong', {}, party.name),
            ' ',
            h(
              'span',
              { class: 'attendance-status' },
              party.attends ? TEXT.debrief.came : TEXT.debrief.stayedAway,
            ),
            h(
              'span',
              { class: 'worth' },
              TEXT.debrief.worth(party.utility.toFixed(1), party.walkAway.toFixed(1)),
            ),
            h(
              'span',
              { class: 'worth-bar', 'aria-hidden': 'true' },
              h('span', {
                class: 'worth-fill',
                style: `width: ${Math.max(0, Math.min(100, party.utility))}%`,
              }),
              h('span', {
                class: 'worth-need',
                style: `left: ${Math.max(0, Math.min(100, party.walkAway))}%`,
              }),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      // A zone counted on a sample is given out of that sample.
      TEXT.debrief.zone(
        data.zoneSize,
        data.sampled ? data.examined : data.packageCount,
        data.bindingVeto ?? null,
      ),
      // Past what the analysis can enumerate, it says how much it looked at.
      data.examined < data.packageCount ? ` ${TEXT.debrief.examined(data.examined, data.packageCount)}` : '',
    ),
  );

  const yourText = h(
    'section',
    { class: 'your-text' },
    h('h2', {}, TEXT.debrief.yourText),
    textList(data.player.text),
    h(
      'p',
      { class: 'note' },
      data.player.onFrontier ? TEXT.debrief.onFrontier : TEXT.debrief.offFrontier(data.player.distance),
      ' ',
      h(
        'button',
        { type: 'button', class: 'glossary-term', 'data-glossary': 'pareto' },
        TEXT.debrief.whatPareto,
      ),
      ' ',
      h('button', { type: 'button', class: 'glossary-term', 'data-glossary': 'nash' }, TEXT.debrief.whatNash),
      ' ',
      h(
        'button',
        { type: 'button', class: 'glossary-term', 'data-glossary': 'walk-away' },
        TEXT.debrief.whatWalkAway,
      ),
    ),
  );

  const charts = section(
    TEXT.debrief.chartsTitle,
    TEXT.debrief.chartsHint((data.parties.length * (data.parties.length - 1)) / 2),
    outcomeChart(data),
    data.zoneByDay.length > 1
      ? h(
          'p',
          { class: 'note zone-by-day' },
          TEXT.debrief.zoneByDay,
          data.zoneByDay.map((n, d) => `${dateOf(scenario, d).short}: ${n}`).join(' · '),
        )
      : null,
  );
  const wanted = section(
    TEXT.debrief.wantedTitle,
    TEXT.debrief.wantedHint,
    h('div', { class: 'revealed-grid' }, ...parties),
  );
  // A short game is one lesson: the student reads the hidden priorities alone; the rest is for the class.
  if (run.length === 'short') wanted.open = true;
  const moveRecord = section(TEXT.debrief.recordTitle, TEXT.debrief.recordHint, record);
  // Only a scenario with a record sets the game beside what really happened; a fictional one may tell its story.
  const historical = frameOf(scenario).hasHistory;
  const actual =
    !historical && data.history.length === 0
      ? null
      : section(
          historical ? TEXT.debrief.actualTitle : TEXT.debrief.storyTitle,
          historical ? TEXT.debrief.actualHint : TEXT.debrief.storyHint,
          data.actual
            ? h(
                'div',
                { class: 'actual' },
                h('p', {}, TEXT.debrief.attended(data.actual.attended)),
                textList(data.actual.text),
                h('p', { class: 'note' }, data.actual.note),
                h('p', {}, modelOnTheRecord(data.actual.model)),
                sourceList(data.actual.sources),
              )
            : null,
          data.history.length ? h('h3', {}, TEXT.debrief.historyTitle) : null,
          history,
        );
  const discussion = data.questions.length
    ? section(
        TEXT.debrief.discussionTitle,
        TEXT.debrief.discussionHint(data.questions.length),
        h('ol', { class: 'questions' }, ...data.questions.map((q) => h('li', {}, q))),
      )
    : null;
  const setAll = (open: boolean) => {
    for (const d of sections) d.open = open;
  };

  const sheet = h(
    'div',
    { class: 'sheet debrief-sheet' },
    h('p', { class: 'office' }, scenario.meta.title),
    heading,
    h('p', { class: 'lead' }, TEXT.debrief.lead(data.deal)),
    h('div', { class: 'debrief-top' }, yourText, onTheDay),
    h(
      'div',
      { class: 'section-controls' },
      h(
        'button',
        { type: 'button', class: 'small', 'data-key': 'open-all', onclick: () => setAll(true) },
        TEXT.debrief.openAll,
      ),
      h(
        'button',
        { type: 'button', class: 'small', 'data-key': 'close-all', onclick: () => setAll(false) },
        TEXT.debrief.closeAll,
      ),
    ),
    charts,
    wanted,
    better,
    moveRecord,
    actual,
    discussion,
    h(
      'div',
      { class: 'actions sticky-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-key': 'download',
          onclick: () => {
            const result = resultOf(run, new Date(now()).toISOString().slice(0, 10));
            if (result) hooks.downloadResult(resultFileName(result), `${JSON.stringify(result, null, 2)}\n`);
          },
        },
        TEXT.debrief.download,
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-key': 'print', onclick: () => hooks.print() },
        TEXT.debrief.print,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-key': 'restart',
          onclick: () => send({ type: 'debrief.restart' }),
        },
        TEXT.debrief.playAgain,
      ),
    ),
  );
  return {
    el: h('section', { class: 'screen screen-debrief', 'aria-labelledby': 'debrief-heading' }, sheet),
    initialFocus: heading,
  };
}
