import type { AppSnapshot } from '../../../flow/appActor';
import { dateOf } from '../../../flow/selectors';
import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen, Send } from '../screen';

/** A save that cannot be used: say why, and let the player keep the file or start over. Never a crash. */
export function saveProblemScreen(snapshot: AppSnapshot, send: Send): Screen {
  const problem = snapshot.context.saveProblem;
  const previous = problem?.previous;
  const heading = h('h1', { id: 'save-heading', tabindex: -1 }, problem?.what ?? TEXT.save.cannotUse);
  return {
    el: h(
      'section',
      { class: 'screen screen-failure', role: 'alert', 'aria-labelledby': 'save-heading' },
      h(
        'div',
        { class: 'sheet failure-sheet' },
        heading,
        problem?.detail ? h('pre', { class: 'failure-detail' }, problem.detail) : null,
        h('p', {}, TEXT.save.keepExplained),
        previous
          ? h(
              'p',
              {},
              TEXT.save.previousWorks(
                previous.run.scenario.meta.title,
                dateOf(previous.run.scenario, previous.run.game.day).long,
                previous.run.game.actionsLeft,
                previous.run.scenario.calendar.actionsPerDay,
              ),
            )
          : null,
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-key': 'keep',
              onclick: () => send({ type: 'save.keepFile' }),
            },
            TEXT.save.keep,
          ),
          previous
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'primary',
                  'data-key': 'use-previous',
                  onclick: () => send({ type: 'save.usePrevious' }),
                },
                TEXT.save.usePrevious,
              )
            : null,
          h(
            'button',
            {
              type: 'button',
              class: previous ? 'secondary' : 'primary',
              'data-key': 'start-over',
              onclick: () => send({ type: 'save.startOver' }),
            },
            TEXT.save.startOver,
          ),
        ),
      ),
    ),
    initialFocus: heading,
  };
}
