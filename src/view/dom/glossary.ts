import { GLOSSARY } from '../text';
import { h } from './h';

/** The glossary: a dialog reachable from the toolbar and from any term that names one of its entries. */
export function glossaryDialog() {
  const entries = GLOSSARY.map((entry) =>
    h(
      'div',
      { class: 'glossary-entry', id: `glossary-${entry.id}` },
      h('dt', {}, entry.term),
      h('dd', {}, entry.text),
    ),
  );
  const close = h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'glossary', 'aria-labelledby': 'glossary-heading' },
    h('h2', { id: 'glossary-heading' }, 'Glossary'),
    h('dl', {}, ...entries),
    h('div', { class: 'actions' }, close),
  );
  const open = (id?: string) => {
    if (!dialog.open) dialog.showModal();
    const target = id ? dialog.querySelector<HTMLElement>(`#glossary-${CSS.escape(id)}`) : null;
    for (const e of entries) e.classList.toggle('highlight', e === target);
    (target ?? close).scrollIntoView({ block: 'nearest' });
    close.focus();
  };
  const button = h(
    'button',
    { type: 'button', class: 'toggle glossary-button', onclick: () => open() },
    'Glossary',
  );
  return { dialog, button, open };
}
