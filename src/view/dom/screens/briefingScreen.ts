import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen, Send } from '../screen';

export function briefingScreen(send: Send): Screen {
  const heading = h('h1', { id: 'briefing-heading', tabindex: -1 }, TEXT.briefingTitle);
  const back = h(
    'button',
    { type: 'button', class: 'secondary', onclick: () => send({ type: 'nav.back' }) },
    TEXT.back,
  );
  const el = h(
    'section',
    { class: 'screen screen-briefing', 'aria-labelledby': 'briefing-heading' },
    h('div', { class: 'sheet briefing-sheet' }, heading, h('div', { class: 'actions' }, back)),
  );
  return { el, initialFocus: heading, escape: { type: 'nav.back' } };
}
