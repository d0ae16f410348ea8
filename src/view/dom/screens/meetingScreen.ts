import type { AppSnapshot } from '../../../flow/appActor';
import { isQuietMorning, knowledgeOf, statusOf } from '../../../flow/selectors';
import { TEXT } from '../../text';
import { delegationCard } from '../delegationCard';
import { h } from '../h';
import type { Screen, Send } from '../screen';
import { statusBar } from '../statusBar';
import { textBuilder } from '../textBuilder';

/** The meeting room: the delegations around the table, the text on it, and the day's moves. */
export function meetingScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const status = statusOf(run);
  const knowledge = knowledgeOf(run);
  const waiting = snapshot.matches({ run: { meetings: 'awaitingAnswers' } });
  const canAct = run.game.actionsLeft > 0 && !waiting;
  const heading = h(
    'h1',
    { id: 'meeting-heading', tabindex: -1, class: 'visually-hidden' },
    TEXT.room.heading(status.date.long),
  );
  const waitingNote = waiting
    ? h(
        'p',
        { class: 'waiting', role: 'status' },
        TEXT.room.waiting(
          run
            .pending!.request.questions.filter((q) => !run.pending!.answers.some((a) => a.party === q.party))
            .map((q) => run.scenario.parties[q.party]!.name),
        ),
      )
    : null;
  const noActions =
    run.game.actionsLeft === 0 ? h('p', { class: 'note', role: 'status' }, TEXT.room.noActions) : null;
  const quiet = isQuietMorning(run) && run.game.actionsLeft === status.actionsPerDay;
  const dayControls = h(
    'div',
    { class: 'room-actions', role: 'group', 'aria-label': TEXT.room.theDay },
    noActions ??
      (quiet
        ? h(
            'p',
            { class: 'note quiet-night', role: 'status' },
            `${status.date.short}: ${TEXT.news.quietNight}`,
          )
        : null),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-key': 'statement',
        disabled: !canAct,
        title: TEXT.room.statementHint,
        onclick: () => send({ type: 'move.statement' }),
      },
      TEXT.room.statement,
    ),
    h(
      'button',
      {
        type: 'button',
        class: run.game.actionsLeft === 0 ? 'primary' : 'secondary',
        'data-key': 'end-day',
        disabled: waiting,
        onclick: () => send({ type: 'move.endDay' }),
      },
      TEXT.room.endDay,
    ),
  );
  const el = h(
    'section',
    { class: 'screen screen-run screen-meetings', 'aria-labelledby': 'meeting-heading' },
    statusBar(status),
    heading,
    waitingNote,
    h(
      'div',
      { class: 'room' },
      h(
        'div',
        {
          class: `delegations ${knowledge.length >= 5 ? 'compact' : ''}`,
          role: 'list',
          // Rows of even length: five in a row, six as three and three, seven and eight as four and the rest.
          style: `--columns: ${knowledge.length <= 5 ? knowledge.length : Math.ceil(knowledge.length / 2)}`,
        },
        ...knowledge.map((k) => h('div', { role: 'listitem' }, delegationCard(run, k, send, canAct))),
      ),
      h('div', { class: 'stage-window table-window', 'data-stage-window': 'table', 'aria-hidden': 'true' }),
      textBuilder(run, knowledge, send, canAct, dayControls),
    ),
  );
  return { el, initialFocus: heading };
}
