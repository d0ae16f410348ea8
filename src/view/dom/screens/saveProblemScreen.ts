import type { AppSnapshot } from '../../../flow/appActor';
import { h } from '../h';
import type { Screen, Send } from '../screen';

/** A save that cannot be used: say why, and let the player keep the file or start over. Never a crash. */
export function saveProblemScreen(snapshot: AppSnapshot, send: Send): Screen {
  const problem = snapshot.context.saveProblem;
  const heading = h(
    'h1',
    { id: 'save-heading', tabindex: -1 },
    problem?.what ?? 'Your saved game cannot be used.',
  );
  return {
    el: h(
      'section',
      { class: 'screen screen-failure', role: 'alert', 'aria-labelledby': 'save-heading' },
      h(
        'div',
        { class: 'sheet failure-sheet' },
        heading,
        problem?.detail ? h('pre', { class: 'failure-detail' }, problem.detail) : null,
        h(
          'p',
          {},
          'You can keep the saved game as a file (to show your teacher, or to try with another version of the game), and then start a new game.',
        ),
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
            'Keep the file',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-key': 'start-over',
              onclick: () => send({ type: 'save.startOver' }),
            },
            'Start over',
          ),
        ),
      ),
    ),
    initialFocus: heading,
  };
}
