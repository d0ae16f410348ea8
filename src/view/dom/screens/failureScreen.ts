import type { AppSnapshot } from '../../../flow/appActor';
import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen } from '../screen';

export function failureScreen(snapshot: AppSnapshot, reload: () => void): Screen {
  const failure = snapshot.context.failure;
  const heading = h('h1', { id: 'failure-heading', tabindex: -1 }, TEXT.failure.title);
  const el = h(
    'section',
    { class: 'screen screen-failure', role: 'alert', 'aria-labelledby': 'failure-heading' },
    h(
      'div',
      { class: 'sheet failure-sheet' },
      heading,
      h('p', { class: 'failure-what' }, failure?.what ?? TEXT.failure.unknown),
      failure?.detail ? h('pre', { class: 'failure-detail' }, failure.detail) : null,
      h('p', { class: 'failure-fix' }, failure?.fix ?? TEXT.failure.fix),
      h('p', { class: 'failure-note' }, TEXT.failure.note),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: reload }, TEXT.failure.reload),
      ),
    ),
  );
  return { el, initialFocus: heading };
}
