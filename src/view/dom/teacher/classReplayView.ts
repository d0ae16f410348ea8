import type { ConsultReport, Report } from '../../../engine/moves';
import { reactionLine as spokenReaction } from '../../../flow/phrasebook';
import { reactionOf } from '../../../flow/reactions';
import type { ResultFile } from '../../../flow/resultFile';
import type { JournalEntry, RunContext } from '../../../flow/runContext';
import { dateOf, knowledgeOf } from '../../../flow/selectors';
import { type ReplayFrame, replayFrame } from '../../../flow/teacher/classReplay';
import type { ClassSummary, StudentLine } from '../../../flow/teacher/classSummary';
import { describeEntry } from '../describe';
import { h } from '../h';
import type { Send } from '../screen';
import { speech } from '../speech';
import { CLASS_TEXT } from './classText';

const leaderOf = (run: RunContext, p: number) => run.scenario.parties[p]!.leaders[0]!.name;

/** What a delegation let show when consulted: its priorities as read, the margin, a red line it named. */
function reading(run: RunContext, report: ConsultReport): HTMLElement {
  const { scenario } = run;
  const readings = knowledgeOf(run)[report.party]?.consult?.readings ?? 1;
  const line = report.redLine;
  const issue = line ? scenario.issues[line.issue] : undefined;
  return h(
    'section',
    { class: 'replay-reading' },
    h('h4', {}, CLASS_TEXT.classResults.reading(scenario.parties[report.party]!.name)),
    h(
      'ul',
      { class: 'priority-bars' },
      ...scenario.issues
        .map((issue, i) => ({ issue, share: report.priorities[i]! }))
        .filter((x) => x.share > 0)
        .sort((x, y) => y.share - x.share)
        .map(({ issue, share }) =>
          h(
            'li',
            {},
            h('span', { class: 'bar', style: `width: ${Math.min(100, share * 2)}%`, 'aria-hidden': 'true' }),
            h('span', {}, CLASS_TEXT.room.about(issue.name, share)),
          ),
        ),
    ),
    h('p', { class: 'note' }, CLASS_TEXT.room.margin(Math.round(report.noise), readings)),
    issue && line
      ? h(
          'p',
          { class: 'red-line-note' },
          CLASS_TEXT.classResults.revealedRedLine(issue.name, issue.options[line.option]!.label),
        )
      : null,
  );
}

/** How a delegation took the move, in its leader's words, as the meeting room said it. */
function reaction(run: RunContext, p: number): HTMLElement | null {
  const found = reactionOf(run, p);
  if (!found) return null;
  const said = spokenReaction(run, p, found.kind);
  const note =
    found.kind === 'pressed' || found.kind === 'reassured' || found.kind === 'cornered'
      ? CLASS_TEXT.room.trustMoved(found.trustBefore, found.trustAfter)
      : found.kind === 'statement'
        ? CLASS_TEXT.room.statementNote
        : '';
  return h(
    'div',
    { class: 'replay-said' },
    h('p', {}, h('strong', {}, `${leaderOf(run, p)}: `), `“${said.text}”`),
    note ? h('p', { class: 'note' }, note) : null,
  );
}

function outcomeOf(run: RunContext, report: Extract<Report, { kind: 'conference' }>): HTMLElement {
  const { scenario } = run;
  const { outcome } = report;
  const came = scenario.parties.filter((_, p) => outcome.attends[p]).map((p) => p.name);
  const away = scenario.parties.filter((_, p) => !outcome.attends[p]).map((p) => p.name);
  return h(
    'section',
    { class: 'replay-outcome' },
    h('h4', {}, CLASS_TEXT.classResults.theEnd),
    h(
      'p',
      { class: 'lead' },
      away.length === 0
        ? CLASS_TEXT.outcome.everyone(came)
        : came.length === 0
          ? CLASS_TEXT.outcome.nobody
          : CLASS_TEXT.outcome.without(away),
    ),
    h('h5', {}, CLASS_TEXT.meeting.textDecided),
    h(
      'ol',
      { class: 'final-text' },
      ...scenario.issues.map((issue, i) =>
        h(
          'li',
          {},
          h('span', { class: 'clause-issue' }, `${issue.name}: `),
          issue.options[outcome.text[i]!]!.label,
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      scenario.parties.map((p, i) => `${p.name} ${outcome.utilities[i]!.toFixed(1)}`).join(' · '),
    ),
  );
}

/** A step in the list of the whole game: one line, a text tabled said by its answers only. */
function stepLine(run: RunContext, entry: JournalEntry): string {
  if (!entry.move) return CLASS_TEXT.classResults.opened;
  const report = entry.reports.find((r) => r.kind === 'table');
  if (entry.move.type !== 'table' || report?.kind !== 'table') return describeEntry(run, entry) ?? '';
  return CLASS_TEXT.classResults.tabledList(
    report.answers.map(
      (a) => `${run.scenario.parties[a.party]!.name} ${CLASS_TEXT.record.answer[a.answer.kind]}`,
    ),
  );
}

/** The move of a step: a text tabled is set out clause by clause, as the student wrote it. */
function moveOf(run: RunContext, entry: JournalEntry): HTMLElement[] {
  const move = entry.move;
  if (move?.type !== 'table')
    return [
      h(
        'p',
        { class: 'replay-move' },
        move ? (describeEntry(run, entry) ?? '') : CLASS_TEXT.classResults.opened,
      ),
    ];
  const { scenario } = run;
  const names = move.parties.map((id) => scenario.parties.find((p) => p.id === id)?.name ?? id);
  return [
    h('p', { class: 'replay-move' }, CLASS_TEXT.classResults.tabledTo(names)),
    h(
      'ol',
      { class: 'final-text' },
      ...scenario.issues.map((issue) =>
        h(
          'li',
          {},
          h('span', { class: 'clause-issue' }, `${issue.name}: `),
          issue.options.find((o) => o.id === move.text[issue.id])?.label ?? '',
        ),
      ),
    ),
  ];
}

/** What one step brought: the move, the answers, readings and words it drew, the news, the outcome. */
function stepBody(frame: ReplayFrame): HTMLElement[] {
  const { run, entry } = frame;
  const { scenario } = run;
  const parts: (HTMLElement | null)[] = moveOf(run, entry);
  const knowledge = knowledgeOf(run);
  for (const report of entry.reports) {
    switch (report.kind) {
      case 'consult':
        parts.push(reaction(run, report.party), reading(run, report));
        break;
      case 'press':
      case 'reassure':
        parts.push(reaction(run, report.party));
        break;
      case 'statement':
        parts.push(
          report.cornered >= 0
            ? reaction(run, report.cornered)
            : h('p', { class: 'note' }, CLASS_TEXT.room.statementNote),
        );
        break;
      case 'table':
        parts.push(
          h('h4', {}, CLASS_TEXT.classResults.heard),
          ...report.answers.map((a) => {
            const why = knowledge[a.party]?.answer?.explanation;
            return why ? speech(scenario, why) : null;
          }),
        );
        break;
      case 'event': {
        const event = scenario.events.find((e) => e.id === report.event);
        if (event)
          parts.push(
            h(
              'div',
              { class: 'replay-news' },
              h('h4', {}, CLASS_TEXT.classResults.news(event.title)),
              h('p', {}, event.text),
            ),
          );
        for (const met of report.consultations) parts.push(reading(run, met));
        break;
      }
      case 'conference':
        parts.push(outcomeOf(run, report));
        break;
      case 'day':
        break;
    }
  }
  return parts.filter((p): p is HTMLElement => p !== null);
}

/** A student's game, step by step, with the whole game listed beside it. */
export function replayView(
  summary: ClassSummary,
  student: StudentLine,
  result: ResultFile,
  step: number,
  send: Send,
): HTMLElement | null {
  const frame = replayFrame(result, summary.entry, step);
  if (!frame) return null;
  const words = CLASS_TEXT.classResults;
  const name = student.student || words.noName;
  const go = (to: number) => send({ type: 'teacher.replay.step', step: to });
  // Marked unavailable rather than disabled, so the focus stays on the control at either end of the game.
  const control = (label: string, to: number, key: string, unavailable: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: 'small secondary',
        'data-key': key,
        'aria-disabled': unavailable ? 'true' : undefined,
        onclick: () => {
          if (!unavailable) go(to);
        },
      },
      label,
    );
  // Back to the class, with the focus on the student whose game it was.
  const close = () => {
    send({ type: 'teacher.replay.close' });
    document.querySelector<HTMLElement>(`[data-key="replay-${student.index}"]`)?.focus();
  };
  const atStart = frame.step === 0;
  const atEnd = frame.step === frame.last;
  const { run } = frame;
  const steps = h(
    'ol',
    { class: 'replay-steps', 'aria-label': words.wholeGame },
    ...frame.entries.map((entry, i) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'replay-step-link',
            'data-key': `replay-step-${i}`,
            'aria-current': i === frame.step ? 'step' : undefined,
            onclick: () => go(i),
          },
          h('span', { class: 'replay-step-day' }, `${dateOf(run.scenario, entry.day).short} `),
          stepLine(run, entry),
        ),
      ),
    ),
  );
  const headingId = 'replay-heading';
  const el = h(
    'section',
    {
      class: 'class-replay',
      'aria-labelledby': headingId,
      tabindex: -1,
      // The key of the student's "replay" button too: opening the game puts the focus here, closing it back there.
      'data-key': `replay-${student.index}`,
    },
    h(
      'header',
      { class: 'replay-head' },
      h(
        'div',
        {},
        h('h2', { id: headingId }, words.replayTitle(name)),
        h(
          'p',
          { class: 'hint', role: 'status' },
          `${words.stepOf(frame.step, frame.last)} · ${dateOf(run.scenario, frame.entry.day).long}`,
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-key': 'replay-back',
          onclick: close,
        },
        words.back,
      ),
    ),
    h(
      'div',
      { class: 'replay-controls', role: 'group', 'aria-label': words.stepOf(frame.step, frame.last) },
      control(words.first, 0, 'replay-first', atStart),
      control(words.previous, frame.step - 1, 'replay-previous', atStart),
      control(words.next, frame.step + 1, 'replay-next', atEnd),
      control(words.last, frame.last, 'replay-last', atEnd),
      h('span', { class: 'hint' }, words.keys),
    ),
    h(
      'div',
      { class: 'replay-body' },
      steps,
      h(
        'article',
        { class: 'replay-step' },
        h('h3', {}, dateOf(run.scenario, frame.entry.day).long),
        ...stepBody(frame),
      ),
    ),
  );
  el.addEventListener('keydown', (event) => {
    if ((event.target as HTMLElement).closest('select, input, textarea')) return;
    const to =
      event.key === 'ArrowRight'
        ? frame.step + 1
        : event.key === 'ArrowLeft'
          ? frame.step - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? frame.last
              : null;
    // Escape closes an open source first (mountUi), then the replay: back to the class, not off the page.
    if (event.key === 'Escape' && !document.querySelector('details.evidence[open]')) {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (to === null) return;
    event.preventDefault();
    if (to >= 0 && to <= frame.last && to !== frame.step) go(to);
  });
  // The list shows the step being viewed, once it is on the page.
  requestAnimationFrame(() => {
    const current = steps.querySelector<HTMLElement>('[aria-current="step"]');
    if (current) steps.scrollTop = Math.max(0, current.offsetTop - steps.clientHeight / 2);
  });
  return el;
}
