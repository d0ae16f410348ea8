import { playedDays } from '../../../engine/calendar';
import type { AppSnapshot } from '../../../flow/appActor';
import { classCsv, classCsvName } from '../../../flow/teacher/classCsv';
import { type ClassDesk, classViewOfDesk, summaryOf } from '../../../flow/teacher/classDesk';
import type { Altered, ClassGroup, ClassView, Flag, FlaggedFile } from '../../../flow/teacher/classResults';
import type { ClassSummary, OpeningMove, Spread } from '../../../flow/teacher/classSummary';
import { h } from '../h';
import type { Send } from '../screen';
import { classChart } from './classChart';
import { replayView } from './classReplayView';
import { CLASS_TEXT, useClassText } from './classText';
import { readResultFiles } from './resultFiles';

/** What the class view asks of the page (mountUi's hooks): a file to offer, and the print dialog. */
export interface ClassHooks {
  downloadResult(fileName: string, text: string, type?: string): void;
  print(): void;
}

const points = (u: number) => u.toFixed(1);

function alteredText(why: Altered): string {
  const words = CLASS_TEXT.classResults.flag;
  switch (why.kind) {
    case 'replay':
      return words.replay(why.reason);
    case 'unfinished':
      return words.unfinished;
    case 'outcome':
      return words.outcome;
    case 'code':
      return words.code;
  }
}

/** Why a file is left out, in a sentence that says what to do where there is something to do. */
function flagText(flag: Flag): string {
  const words = CLASS_TEXT.classResults.flag;
  switch (flag.kind) {
    case 'unreadable':
      return flag.problem;
    case 'unknownScenario':
      return words.unknownScenario(flag.title);
    case 'otherVersion':
      return words.otherVersion(flag.title);
    case 'altered':
      return alteredText(flag.why);
    case 'duplicate':
      return words.duplicate(flag.of);
    case 'otherClass':
      return words.otherClass(flag.code);
    case 'otherScenario':
      return words.otherScenario(flag.title);
    case 'otherGame':
      return words.otherGame;
  }
}

function groupLabel(group: ClassGroup): string {
  return CLASS_TEXT.classResults.group(
    group.entry.scenario.meta.title,
    group.classCode,
    CLASS_TEXT.classResults.lengths[group.length],
    group.members.length,
  );
}

/** The files' text goes to the desk; one far too large is refused unread. */
async function addFiles(files: FileList | null | undefined, send: Send): Promise<void> {
  if (!files || files.length === 0) return;
  send({ type: 'teacher.results.add', files: await readResultFiles(files) });
}

/** Files dropped anywhere on the panel are read, not opened by the browser in place of the page. */
function acceptDrops(panel: HTMLElement, send: Send): HTMLElement {
  const zone = () => panel.querySelector('.class-intake');
  panel.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone()?.classList.add('dropping');
  });
  panel.addEventListener('dragleave', (event) => {
    if (!panel.contains(event.relatedTarget as Node | null)) zone()?.classList.remove('dropping');
  });
  panel.addEventListener('drop', (event) => {
    event.preventDefault();
    zone()?.classList.remove('dropping');
    void addFiles(event.dataTransfer?.files, send);
  });
  return panel;
}

/** The drop zone and the button. */
function intake(desk: ClassDesk, send: Send): HTMLElement {
  const words = CLASS_TEXT.classResults;
  const add = (files: FileList | null | undefined) => addFiles(files, send);
  const input = h('input', {
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
    // The button beside it opens it: the input itself is never shown.
    hidden: true,
    id: 'result-files',
    onchange: (event) => {
      const el = event.target as HTMLInputElement;
      void add(el.files).then(() => {
        el.value = '';
      });
    },
  });
  const zone = h(
    'div',
    { class: 'class-intake', role: 'group', 'aria-label': words.dropZone },
    h('p', { class: 'hint' }, words.lead),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-key': 'choose-results', onclick: () => input.click() },
        words.choose,
      ),
      input,
      h('span', { class: 'hint', 'aria-hidden': 'true' }, words.drop),
      desk.files.length > 0
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-key': 'clear-results',
              onclick: () => send({ type: 'teacher.results.clear' }),
            },
            words.clear,
          )
        : null,
    ),
  );
  return zone;
}

function section(title: string, ...body: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'class-section' }, h('h3', {}, title), ...body);
}

/** Every student's row, then the files left out with why: one table, as a gradebook reads. */
function studentTable(
  summary: ClassSummary | null,
  flagged: readonly FlaggedFile[],
  send: Send,
): HTMLElement {
  const words = CLASS_TEXT.classResults;
  const parties = summary?.scenario.parties ?? [];
  const columns = 4 + parties.length;
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, words.student),
      h('th', { scope: 'col' }, words.deal),
      ...parties.map((p) =>
        h('th', { scope: 'col', class: 'num', 'aria-label': words.pointsOf(p.name) }, p.name),
      ),
      h('th', { scope: 'col', class: 'num' }, words.days),
      h('th', { scope: 'col', class: 'num' }, words.moves),
    ),
  );
  const rows = (summary?.students ?? []).map((s) => {
    const name = s.student || words.noName;
    return h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'student-open',
            'data-key': `replay-${s.index}`,
            'aria-label': words.replay(name),
            title: words.replay(name),
            onclick: () => send({ type: 'teacher.replay.open', file: s.index }),
          },
          name,
        ),
      ),
      h('td', { class: s.deal ? 'deal-yes' : 'deal-no' }, s.deal ? words.yes : words.no),
      ...s.utilities.map((u, p) =>
        h(
          'td',
          { class: `num ${s.attends[p] ? 'came' : 'away'}` },
          points(u),
          h(
            'span',
            { class: 'attend-mark', title: s.attends[p] ? words.cameMark : words.awayMark },
            s.attends[p] ? ' ✓' : ' ✗',
          ),
          h('span', { class: 'visually-hidden' }, `, ${s.attends[p] ? words.cameMark : words.awayMark}`),
        ),
      ),
      h('td', { class: 'num' }, String(s.days)),
      h('td', { class: 'num' }, String(s.moves)),
    );
  });
  const left =
    flagged.length > 0
      ? h(
          'tbody',
          { class: 'not-counted' },
          h('tr', {}, h('th', { colspan: summary ? columns : 2, scope: 'colgroup' }, words.notCounted)),
          ...flagged.map((f) =>
            h(
              'tr',
              { class: 'flagged' },
              h('th', { scope: 'row' }, f.student === null ? f.name : f.student || words.noName),
              h(
                'td',
                { colspan: summary ? columns - 1 : 1 },
                f.student === null ? null : h('span', { class: 'flagged-file' }, f.name),
                h('span', { class: 'flagged-why' }, flagText(f.flag)),
              ),
            ),
          ),
        )
      : null;
  const cols = summary
    ? [
        h('col', { class: 'col-student' }),
        h('col', { class: 'col-short' }),
        ...parties.map(() => h('col', {})),
        h('col', { class: 'col-short' }),
        h('col', { class: 'col-short' }),
      ]
    : [h('col', { class: 'col-student' }), h('col', {})];
  return h(
    'table',
    { class: 'class-table' },
    // How to open a replay is for the screen; on paper the table speaks for itself.
    h(
      'caption',
      { class: summary ? 'screen-only' : undefined },
      summary ? words.studentsHint : words.notCountedHint,
    ),
    h('colgroup', {}, ...cols),
    summary ? head : null,
    summary ? h('tbody', {}, ...rows) : null,
    left,
  );
}

/** A scale with the class's range on it, its median, and a dot for each student (the numbers are said beside it). */
function strip(
  spread: Spread,
  names: readonly string[],
  colour: string,
  ticks: readonly number[],
  say: (v: number) => string,
): HTMLElement {
  const of = ticks.at(-1)! || 1;
  const at = (v: number) => `${Math.max(0, Math.min(100, (v / of) * 100))}%`;
  return h(
    'div',
    { class: 'spread-strip', style: `--party: ${colour}`, 'aria-hidden': 'true' },
    ...ticks.map((t) => h('span', { class: 'spread-tick', style: `left: ${at(t)}` }, String(t))),
    h('span', {
      class: 'spread-range',
      style: `left: ${at(spread.min)}; width: calc(${at(spread.max)} - ${at(spread.min)})`,
    }),
    ...spread.values.map((v, i) =>
      h('span', { class: 'spread-dot', style: `left: ${at(v)}`, title: `${names[i]}: ${say(v)}` }),
    ),
    h('span', { class: 'spread-median', style: `left: ${at(spread.median)}` }),
  );
}

const spreadRow = (label: HTMLElement, scale: HTMLElement) => h('li', { class: 'spread-row' }, label, scale);

function spreads(summary: ClassSummary): HTMLElement {
  const words = CLASS_TEXT.classResults;
  const names = summary.students.map((s) => s.student || words.noName);
  return section(
    words.spreadTitle,
    h(
      'ul',
      { class: 'spreads' },
      ...summary.scenario.parties.map((party, p) => {
        const s = summary.points[p]!;
        return spreadRow(
          h(
            'p',
            { class: 'spread-label', style: `--party: ${party.colour}` },
            h('strong', {}, party.name),
            h(
              'span',
              { class: 'spread-words' },
              words.spread(points(s.min), points(s.median), points(s.max)),
            ),
            h('span', {}, words.cameFor(summary.attendance[p]!, summary.students.length)),
          ),
          strip(s, names, party.colour, [0, 25, 50, 75, 100], points),
        );
      }),
    ),
  );
}

function used(summary: ClassSummary): HTMLElement {
  const words = CLASS_TEXT.classResults;
  const { days, moves } = summary;
  const of = playedDays(summary.scenario.calendar);
  const names = summary.students.map((s) => s.student || words.noName);
  const most = Math.max(1, moves.max);
  return section(
    words.usedTitle,
    h(
      'ul',
      { class: 'spreads' },
      spreadRow(
        h('p', { class: 'spread-label' }, words.daysUsed(days.min, days.median, days.max, of)),
        strip(
          days,
          names,
          'var(--ink-soft)',
          Array.from({ length: of + 1 }, (_, d) => d),
          String,
        ),
      ),
      spreadRow(
        h('p', { class: 'spread-label' }, words.movesUsed(moves.min, moves.median, moves.max)),
        strip(moves, names, 'var(--ink-soft)', [0, Math.round(most / 2), most], String),
      ),
    ),
  );
}

function openingWords(move: OpeningMove, summary: ClassSummary): string {
  const words = CLASS_TEXT.classResults.opening;
  const name = (p: number) => summary.scenario.parties[p]?.name ?? '?';
  switch (move.type) {
    case 'consult':
    case 'press':
    case 'reassure':
      return words[move.type](name(move.parties[0]!));
    case 'table':
      return move.parties.length === summary.scenario.parties.length
        ? words.tableAll
        : words.table(move.parties.map(name));
    default:
      return words[move.type];
  }
}

function openings(summary: ClassSummary): HTMLElement {
  const words = CLASS_TEXT.classResults;
  return section(
    words.openingsTitle,
    h(
      'p',
      { class: 'hint' },
      words.openingsHint(Math.max(...summary.openings.map((o) => o.moves.length), 1)),
    ),
    h(
      'ol',
      { class: 'openings' },
      ...summary.openings.map((o) =>
        h(
          'li',
          {},
          h('span', { class: 'opening-count' }, words.openingCount(o.students.length)),
          h(
            'span',
            { class: 'opening-moves' },
            ...o.moves.flatMap((m, i) => [
              i > 0 ? h('span', { class: 'opening-then', 'aria-hidden': 'true' }, ' → ') : null,
              h('span', { class: 'opening-move' }, openingWords(m, summary)),
            ]),
          ),
        ),
      ),
    ),
  );
}

function reflections(summary: ClassSummary): HTMLElement | null {
  if (summary.reflection.length === 0) return null;
  const words = CLASS_TEXT.classResults;
  return section(
    words.reflectionTitle,
    ...summary.reflection.map((q) =>
      h(
        'table',
        { class: 'reflection-table' },
        h('caption', {}, q.question),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, words.student),
            q.before ? h('th', { scope: 'col' }, words.before) : null,
            q.after ? h('th', { scope: 'col' }, words.after) : null,
          ),
        ),
        h(
          'tbody',
          {},
          ...summary.students.map((s, i) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, s.student || words.noName),
              q.before ? h('td', {}, q.before[i] ?? words.noAnswer) : null,
              q.after ? h('td', {}, q.after[i] ?? words.noAnswer) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function overview(
  view: ClassView,
  summary: ClassSummary,
  desk: ClassDesk,
  send: Send,
  hooks: ClassHooks,
): HTMLElement[] {
  const words = CLASS_TEXT.classResults;
  return [
    h(
      'div',
      { class: 'class-head' },
      h('h2', { id: 'class-shown' }, groupLabel(view.shown!)),
      h(
        'div',
        { class: 'actions class-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-key': 'download-csv',
            onclick: () =>
              hooks.downloadResult(classCsvName(summary), classCsv(summary, words.csv), 'text/csv'),
          },
          words.download,
        ),
        h(
          'button',
          { type: 'button', class: 'secondary', 'data-key': 'print-class', onclick: () => hooks.print() },
          words.print,
        ),
      ),
    ),
    section(
      words.glance,
      h('p', { class: 'lead' }, words.deals(summary.deals, summary.students.length)),
      h(
        'ul',
        { class: 'class-attendance' },
        ...summary.scenario.parties.map((p, i) =>
          h(
            'li',
            { style: `--party: ${p.colour}` },
            words.cameCount(p.name, summary.attendance[i]!, summary.students.length),
          ),
        ),
      ),
    ),
    section(words.studentsTitle, studentTable(summary, view.flagged, send)),
    h(
      'section',
      { class: 'class-section class-chart-section' },
      h('h3', {}, words.chartTitle),
      classChart(summary, desk.axes, send),
    ),
    spreads(summary),
    used(summary),
    openings(summary),
    reflections(summary),
  ].filter((el): el is HTMLElement => el !== null);
}

function groupChooser(view: ClassView, send: Send): HTMLElement | null {
  if (view.groups.length < 2) return null;
  return h(
    'label',
    { class: 'group-choice' },
    `${CLASS_TEXT.classResults.classShown} `,
    h(
      'select',
      {
        'data-key': 'class-shown',
        onchange: (event) =>
          send({ type: 'teacher.results.group', group: (event.target as HTMLSelectElement).value }),
      },
      ...view.groups.map((g) => h('option', { value: g.key, selected: g === view.shown }, groupLabel(g))),
    ),
  );
}

/** The class's results: who got everyone to the table, every student's text on the chart, and each game replayed. */
export function classPanel(snapshot: AppSnapshot, send: Send, hooks: ClassHooks): HTMLElement {
  const desk = snapshot.context.teacher!.results;
  const view = classViewOfDesk(desk, snapshot.context.scenarios);
  const summary = summaryOf(view);
  useClassText(summary?.scenario);
  const words = CLASS_TEXT.classResults;
  const replayed =
    desk.replay && summary ? summary.students.find((s) => s.index === desk.replay!.file) : undefined;
  const replay =
    replayed && desk.replay
      ? replayView(summary!, replayed, view.files[replayed.index]!.result!, desk.replay.step, send)
      : null;
  if (replay) return acceptDrops(h('div', { class: 'class-panel replaying' }, replay), send);
  const body: (HTMLElement | null)[] = summary
    ? overview(view, summary, desk, send, hooks)
    : view.flagged.length > 0
      ? [h('p', { class: 'lead', role: 'status' }, words.noneCounted), studentTable(null, view.flagged, send)]
      : [h('p', { class: 'note' }, words.none)];
  return acceptDrops(
    h('div', { class: 'class-panel' }, intake(desk, send), groupChooser(view, send), ...body),
    send,
  );
}
