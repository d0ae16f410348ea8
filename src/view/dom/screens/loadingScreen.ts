import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen } from '../screen';

/** The moment between the script running and the canvas starting: the title follows at once. */
export function loadingScreen(): Screen {
  return {
    el: h(
      'section',
      { class: 'screen screen-loading', 'aria-busy': 'true' },
      h('p', { class: 'loading', role: 'status' }, `${TEXT.loading}…`),
    ),
  };
}
