import { TEXT } from '../text';
import { h } from './h';

/**
 * The glossary: a dialog reachable from the toolbar and from any term that names one of its entries. Its
 * entries are written when it opens, in the words of the scenario on screen.
 */
export function glossaryDialog() {
  const list = h('dl', {});
  const close = h(
    'button',
    { type: 'button', class: 'secondary', onclick: () => dialog.close() },
    TEXT.close,
  );
  const heading = h('h2', { id: 'glossary-heading' }, TEXT.glossaryHeading);
  const dialog = h(
    'dialog',
    { class: 'glossary', 'aria-labelledby': 'glossary-heading' },
    heading,
    list,
    h('div', { class: 'actions' }, close),
  );
  const open = (id?: string) => {
    heading.textContent = TEXT.glossaryHeading;
    close.textContent = TEXT.close;
    const entries = TEXT.glossary.map((entry) =>
      h(
        'div',
        { class: `glossary-entry ${entry.id === id ? 'highlight' : ''}`, id: `glossary-${entry.id}` },
        h('dt', {}, entry.term),
        h('dd', {}, entry.text),
      ),
    );
    list.replaceChildren(...entries);
    if (!dialog.open) dialog.showModal();
    const target = entries.find((e) => e.id === `glossary-${id}`);
    (target ?? close).scrollIntoView({ block: 'nearest' });
    close.focus();
  };
  const button = h(
    'button',
    { type: 'button', class: 'toggle glossary-button', onclick: () => open() },
    TEXT.glossaryButton,
  );
  return { dialog, button, open };
}
