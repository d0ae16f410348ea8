import { eventOf } from '../../../flow/events';
import type { HotSeatStage } from '../../../flow/hotSeat/hotSeatStage';
import type { PersonQuestion } from '../../../flow/hotSeat/personQuestion';
import { type ReplyKind, replyMove } from '../../../flow/hotSeat/replyMove';
import type { RunContext } from '../../../flow/runContext';
import type { Scenario } from '../../../scenario/schema';
import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen, Send } from '../screen';
import { clauseList } from '../textBuilder';

/** A screen that hides everything while the laptop changes hands: a name, a sentence, one button. */
function privacyScreen(heading: string, lead: string, button: string, onclick: () => void, colour?: string) {
  const go = h('button', { type: 'button', class: 'primary', 'data-key': 'hand-over', onclick }, button);
  const el = h(
    'section',
    { class: 'screen screen-privacy', 'aria-labelledby': 'privacy-heading' },
    h(
      'div',
      { class: 'sheet privacy-card', style: colour ? `--party: ${colour}` : undefined },
      h('p', { class: 'office' }, TEXT.hotSeat.handOver.office),
      h('h1', { id: 'privacy-heading' }, heading),
      h('p', { class: 'privacy-lead' }, lead),
      go,
    ),
  );
  return { el, initialFocus: go };
}

/** What the text is worth to the student's side, its walk-away value and red lines, in words. */
function standing(question: PersonQuestion): HTMLElement {
  const words = TEXT.hotSeat.brief;
  const gap = question.walkAway - question.worth;
  return h(
    'section',
    { class: 'seat-standing', 'aria-labelledby': 'seat-standing-heading' },
    h('h2', { id: 'seat-standing-heading' }, words.worthHeading),
    h(
      'p',
      { class: 'seat-worth' },
      h('span', { class: 'seat-figure', 'aria-hidden': 'true' }, String(question.worth)),
      words.worth(question.worth, question.best),
    ),
    h('p', {}, words.walkAway(question.walkAway), ' ', gap > 0 ? words.short(gap) : words.clears),
    h('p', {}, words.demand(question.demand)),
    ...question.crossed.map((line) =>
      h('p', { class: 'seat-crossed', role: 'note' }, words.crosses(line.issue, line.option)),
    ),
    ...(question.redLines.length > 0
      ? [
          h('h3', {}, words.redLinesHeading),
          h(
            'ul',
            { class: 'seat-red-lines' },
            ...question.redLines.map((l) => h('li', {}, words.redLine(l.issue, l.option))),
          ),
        ]
      : [h('p', {}, words.noRedLines)]),
  );
}

/** The tabled text as the student's own: their points on every option, and a counter-proposal to build. */
function answerSheet(scenario: Scenario, question: PersonQuestion, send: Send): HTMLElement {
  const words = TEXT.hotSeat.brief;
  const counter = [...question.text];
  const status = h('p', { class: 'seat-changes', role: 'status' }, words.unchanged);
  const answer = (kind: ReplyKind) => () =>
    send(eventOf(replyMove(scenario, question.party, kind, kind === 'counter' ? counter : undefined)));
  const counterButton = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'data-key': 'reply-counter',
      disabled: true,
      onclick: answer('counter'),
    },
    words.counter,
  );
  const clauses = clauseList(scenario, {
    prefix: 'counter',
    chosen: question.text,
    changed: () => false,
    note: (i) => {
      const issue = question.issues[i]!;
      return h(
        'span',
        { class: 'clause-note' },
        TEXT.mattering[issue.matters],
        issue.share > 0 ? words.share(issue.share) : '',
      );
    },
    tags: (i, o) => (question.text[i] === o ? [h('span', { class: 'tag tag-tabled' }, words.tabled)] : []),
    marks: (i, o) => {
      const option = question.issues[i]!.options[o]!;
      return [
        h(
          'span',
          {
            class: `mark ${option.best ? 'mark-wants' : 'mark-points'}`,
            style: `--party: ${scenario.parties[question.party]!.colour}`,
            title: words.pointsTitle(option.points),
          },
          h('span', { 'aria-hidden': 'true' }, words.points(option.points)),
          h(
            'span',
            { class: 'visually-hidden' },
            `${words.pointsTitle(option.points)}${option.best ? `, ${words.best}` : ''}`,
          ),
        ),
        ...(option.redLine
          ? [
              h(
                'span',
                { class: 'mark mark-red', title: words.redMark },
                h('span', { 'aria-hidden': 'true' }, '✕'),
                h('span', { class: 'visually-hidden' }, words.redMark),
              ),
            ]
          : []),
      ];
    },
    choose: (i, o) => {
      counter[i] = o;
      clauses[i]!.classList.toggle('changed', o !== question.text[i]);
      const changed = counter.filter((c, k) => c !== question.text[k]).length;
      status.textContent = changed > 0 ? words.changed(changed) : words.unchanged;
      counterButton.disabled = changed === 0;
    },
  });
  return h(
    'section',
    { class: 'text-builder seat-text', 'aria-labelledby': 'seat-text-heading' },
    h(
      'div',
      { class: 'text-head' },
      h('h2', { id: 'seat-text-heading' }, words.textHeading),
      h('p', { class: 'mark-key' }, words.markKey),
    ),
    h('div', { class: 'clauses' }, ...clauses),
    h(
      'div',
      { class: 'sheet-foot seat-answer', role: 'group', 'aria-label': words.answer },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-key': 'reply-accept', onclick: answer('accept') },
        words.accept,
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-key': 'reply-reject', onclick: answer('reject') },
        words.reject,
      ),
      counterButton,
      status,
    ),
  );
}

/** The student's own screen: their brief, where the tabled text leaves them, and their answer. */
export function briefScreen(scenario: Scenario, question: PersonQuestion, send: Send): Screen {
  const words = TEXT.hotSeat.brief;
  const heading = h('h1', { id: 'seat-heading', tabindex: -1 }, words.heading);
  const el = h(
    'section',
    { class: 'screen screen-seat', 'aria-labelledby': 'seat-heading' },
    h(
      'div',
      { class: 'sheet seat-sheet', style: `--party: ${scenario.parties[question.party]!.colour}` },
      h(
        'header',
        { class: 'seat-head' },
        h('p', { class: 'office' }, words.office(question.name)),
        heading,
        h('p', { class: 'seat-only-you' }, words.onlyYou),
      ),
      h(
        'div',
        { class: 'seat-grid' },
        h(
          'section',
          { class: 'seat-instructions', 'aria-labelledby': 'seat-instructions-heading' },
          h('h2', { id: 'seat-instructions-heading' }, words.instructions),
          h('p', {}, question.brief ?? words.noInstructions),
          // What Accept and Reject commit the party to, as the engine decides attendance (engine/moves.ts).
          h('h3', {}, words.rulesHeading),
          h(
            'ul',
            { class: 'seat-rules' },
            h('li', {}, words.ifAccept),
            h('li', {}, words.ifReject),
            h('li', {}, words.always),
          ),
        ),
        standing(question),
      ),
      answerSheet(scenario, question, send),
    ),
  );
  return { el, initialFocus: heading };
}

/** Hot-seat play: the privacy screens either side of a student's turn, and the student's turn itself. */
export function hotSeatScreen(run: RunContext, stage: HotSeatStage, send: Send): Screen {
  if (stage.kind === 'handBack') {
    const words = TEXT.hotSeat.handBack;
    return privacyScreen(words.heading, words.lead, words.back, () => send({ type: 'hotSeat.back' }));
  }
  const { question } = stage;
  if (stage.kind === 'brief') return briefScreen(run.scenario, question, send);
  const words = TEXT.hotSeat.handOver;
  return privacyScreen(
    words.heading(question.name),
    words.lead(question.name),
    words.show(question.name),
    () => send({ type: 'hotSeat.show' }),
    run.scenario.parties[question.party]!.colour,
  );
}
