import type { AppSnapshot } from '../../../flow/appActor';
import { type DebriefData, debriefOf } from '../../../flow/debrief';
import { dateOf, dayOfDate } from '../../../flow/selectors';
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
  if (away.length === 0)
    return 'In this game, the model agrees with the record: every delegation, at its walk-away value, would have taken these terms.';
  const why = away
    .map((m) =>
      m.redLine
        ? `${m.party} (they cross one of its red lines)`
        : `${m.party} (they were worth ${m.utility} to it, against a walk-away value of ${m.walkAway})`,
    )
    .join('; ');
  return `In this game, the model disagrees with the record: it would have kept away ${why}. Each game draws the delegations' hidden values anew from one article's evidence; history had one draw, and more than one article.`;
}

/**
 * The debrief: the result at a glance (your text, who came), then sections a teacher opens in turn: the deal
 * against the frontier, hidden priorities revealed, a better text, the record, history, questions.
 */
export function debriefScreen(snapshot: AppSnapshot, send: Send, hooks: DebriefHooks): Screen {
  const run = snapshot.context.run!;
  const { scenario } = run;
  const data = debriefOf(run)!;
  const heading = h('h1', { id: 'debrief-heading', tabindex: -1 }, 'Debrief');
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
        `Your text was worth ${party.utility.toFixed(1)} points to ${party.name}. On the day it asked for ${party.demand.toFixed(1)}: its walk-away value was ${party.walkAway.toFixed(1)} (this game drew ${party.walkAwayAtStart}${party.walkAwayRange ? `, between ${party.walkAwayRange[0]} and ${party.walkAwayRange[1]}` : ''}), and you had engaged it ${party.engagement}% of the way that brings its demands down to it.`,
        evidenceMark(scenario, party.walkAwayEvidence, 'Why this walk-away value'),
      ),
      h('h4', {}, 'Hidden priorities'),
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
              evidenceMark(scenario, pr.evidence, `Why ${pr.issue} matters this much`),
            ),
          ),
      ),
      party.redLines.length
        ? h(
            'p',
            { class: 'red-line-note' },
            'Red lines: ',
            ...party.redLines.map((r) =>
              h(
                'span',
                {},
                `${r.issue} — ${r.option}`,
                evidenceMark(scenario, r.evidence, 'Why this is a red line'),
              ),
            ),
          )
        : h('p', {}, 'No red lines.'),
      h('p', { class: 'note' }, `Trust in you at the end: ${party.trust} of 100.`),
    ),
  );

  const better = data.better
    ? section(
        data.better.kind === 'dominates' ? 'A better text' : 'The Nash bargaining point',
        TEXT.debrief.betterHint[data.better.kind],
        h(
          'p',
          {},
          data.better.kind === 'dominates'
            ? 'This text gives every delegation at least as much as yours, and some more:'
            : 'The text that maximises the product of every delegation’s gain over its walk-away value:',
        ),
        textList(data.better.text),
        h(
          'p',
          { class: 'note' },
          data.better.utilities.map((u, p) => `${data.parties[p]!.name} ${u.toFixed(1)}`).join(' · '),
        ),
      )
    : section(
        'A better text?',
        TEXT.debrief.betterHint.none,
        h(
          'p',
          {},
          'None: your text is on the Pareto frontier and no other text is better for every delegation.',
        ),
      );

  // Each day's news first (invented events say so), then the mediator's moves that day. The events an
  // evening's endDay fires belong to the next morning, as on the news screen.
  const days = new Map<number, HTMLElement[]>();
  const add = (day: number, line: HTMLElement) => days.set(day, [...(days.get(day) ?? []), line]);
  for (const entry of run.journal) {
    const day = entry.move?.type === 'endDay' ? entry.day + 1 : entry.day;
    for (const report of entry.reports) {
      if (report.kind !== 'event') continue;
      const event = scenario.events.find((e) => e.id === report.event);
      if (!event) continue;
      const invented = inventedLabel(event);
      add(
        day,
        h(
          'li',
          { class: 'record-news' },
          `News: ${event.title}`,
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

  const result = JSON.stringify(
    {
      scenario: scenario.meta.id,
      seed: run.seed,
      deal: data.deal,
      attends: Object.fromEntries(data.parties.map((p) => [p.name, p.attends])),
      utilities: Object.fromEntries(data.parties.map((p) => [p.name, p.utility])),
      text: Object.fromEntries(data.issues.map((issue, i) => [issue, data.player.text[i]])),
      moves: run.log,
    },
    null,
    2,
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
      `${data.zoneSize} of ${data.packageCount} possible texts were acceptable to every delegation at the end.${data.bindingVeto ? ` ${data.bindingVeto}’s veto ruled out the most texts the others would have taken.` : ''}`,
    ),
  );

  const yourText = h(
    'section',
    { class: 'your-text' },
    h('h2', {}, 'Your text'),
    textList(data.player.text),
    h(
      'p',
      { class: 'note' },
      data.player.onFrontier
        ? 'It is on the Pareto frontier: no text is better for every delegation.'
        : `It is ${data.player.distance} points from the Pareto frontier: some text was better for every delegation.`,
      ' ',
      h(
        'button',
        { type: 'button', class: 'glossary-term', 'data-glossary': 'pareto' },
        'What is the Pareto frontier?',
      ),
      ' ',
      h('button', { type: 'button', class: 'glossary-term', 'data-glossary': 'nash' }, 'The Nash point?'),
      ' ',
      h(
        'button',
        { type: 'button', class: 'glossary-term', 'data-glossary': 'walk-away' },
        'A walk-away value?',
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
          'The zone of agreement, day by day (texts every delegation would have accepted): ',
          data.zoneByDay.map((n, d) => `${dateOf(scenario, d).short}: ${n}`).join(' · '),
        )
      : null,
  );
  const wanted = section(
    TEXT.debrief.wantedTitle,
    TEXT.debrief.wantedHint,
    h('div', { class: 'revealed-grid' }, ...parties),
  );
  const moveRecord = section(TEXT.debrief.recordTitle, TEXT.debrief.recordHint, record);
  const actual = section(
    TEXT.debrief.actualTitle,
    TEXT.debrief.actualHint,
    data.actual
      ? h(
          'div',
          { class: 'actual' },
          h(
            'p',
            {},
            `${data.actual.attended.join(', ')} attended. On the scenario’s issues, the real outcome reads:`,
          ),
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
    h(
      'p',
      { class: 'lead' },
      data.deal ? 'Every delegation came to the conference.' : 'Not every delegation came to the conference.',
    ),
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
          onclick: () => hooks.downloadResult(`${scenario.meta.id}-result-${run.seed}.json`, result),
        },
        'Download the result for your teacher',
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-key': 'print', onclick: () => hooks.print() },
        'Print the debrief',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-key': 'restart',
          onclick: () => send({ type: 'debrief.restart' }),
        },
        'Play again',
      ),
    ),
  );
  return {
    el: h('section', { class: 'screen screen-debrief', 'aria-labelledby': 'debrief-heading' }, sheet),
    initialFocus: heading,
  };
}
