import type { Failure } from '../../flow/rootMachine';
import { TEXT } from '../text';
import { h } from './h';

/** Last resort when the app cannot even start its state machine: plain DOM, no dependencies. */
export function showFatal(failure: Failure): void {
  document.body.replaceChildren(
    h(
      'section',
      { class: 'screen screen-failure', role: 'alert' },
      h(
        'div',
        { class: 'sheet failure-sheet' },
        h('h1', {}, TEXT.failure.title),
        h('p', {}, failure.what),
        h('pre', { class: 'failure-detail' }, failure.detail),
        h('p', {}, failure.fix),
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => window.location.reload() },
          TEXT.failure.reload,
        ),
      ),
    ),
  );
}
