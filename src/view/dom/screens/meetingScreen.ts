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
    `Meeting room, ${status.date.long}`,
  );
  const waitingNote = waiting
    ? h(
        'p',
        { class: 'waiting', role: 'status' },
        `Waiting for ${run
          .pending!.request.questions.filter((q) => !run.pending!.answers.some((a) => a.party === q.party))
          .map((q) => run.scenario.parties[q.party]!.name)
          .join(', ')} to answer.`,
      )
    : null;
  const noActions =
    run.game.actionsLeft === 0
      ? h(
          'p',
          { class: 'note', role: 'status' },
          'No actions left today. End the day to read the news and start the next.',
        )
      : null;
  const quiet = isQuietMorning(run) && run.game.actionsLeft === status.actionsPerDay;
  const dayControls = h(
    'div',
    { class: 'room-actions', role: 'group', 'aria-label': 'The day' },
    noActions ??
      (quiet
        ? h('p', { class: 'note quiet-night', role: 'status' }, `${status.date.short}: ${TEXT.quietNight}`)
        : null),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-key': 'statement',
        disabled: !canAct,
        title:
          'Costs one action. Urges every delegation to attend (less each time); the delegation that trusts you least loses trust.',
        onclick: () => send({ type: 'move.statement' }),
      },
      'Make a public statement',
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
      'End the day',
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
        { class: 'delegations', role: 'list' },
        ...knowledge.map((k) => h('div', { role: 'listitem' }, delegationCard(run, k, send, canAct))),
      ),
      h('div', { class: 'stage-window table-window', 'data-stage-window': 'table', 'aria-hidden': 'true' }),
      textBuilder(run, knowledge, send, canAct, dayControls),
    ),
  );
  return { el, initialFocus: heading };
}
