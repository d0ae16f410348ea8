import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen, Send } from '../screen';

export function titleScreen(send: Send): Screen {
  const start = h(
    'button',
    { class: 'primary', type: 'button', onclick: () => send({ type: 'title.start' }) },
    TEXT.start,
  );
  const el = h(
    'section',
    { class: 'screen screen-title', 'aria-labelledby': 'title-heading' },
    h(
      'div',
      { class: 'sheet title-sheet' },
      h('p', { class: 'office' }, TEXT.office),
      h('h1', { id: 'title-heading' }, TEXT.gameTitle),
      h('p', { class: 'premise' }, TEXT.premise),
      h(
        'div',
        { class: 'actions' },
        start,
        h('span', { class: 'hint', 'aria-hidden': 'true' }, TEXT.startHint),
      ),
    ),
  );
  return { el, initialFocus: start };
}
