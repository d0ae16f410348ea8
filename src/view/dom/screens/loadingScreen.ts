import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen } from '../screen';

/** The canvas draws the bar; this is the same progress for screen readers and as readable text. */
export function loadingScreen(): Screen {
  const percent = h('span', { class: 'loading-percent' }, '0%');
  const bar = h(
    'div',
    {
      role: 'progressbar',
      'aria-label': TEXT.loading,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
      class: 'loading',
    },
    h('span', { class: 'loading-label' }, `${TEXT.loading}… `),
    percent,
  );
  return {
    el: h('section', { class: 'screen screen-loading', 'aria-busy': 'true' }, bar),
    update(snapshot) {
      const value = Math.round(snapshot.context.loadProgress * 100);
      bar.setAttribute('aria-valuenow', String(value));
      percent.textContent = `${value}%`;
    },
  };
}
