import type { AppSnapshot } from '../../../flow/appActor';
import { TEXT } from '../../text';
import { h } from '../h';
import { renderMarkdown } from '../markdown/render';
import type { Send } from '../screen';

const ID_PREFIX = 'guide-';

/** What the guide needs of the page's hooks (mountUi's UiHooks): printing. */
interface GuideHooks {
  print(): void;
}

let guide: Promise<string> | null = null;
let guideText: string | null = null;

/** docs/teaching.md, in a chunk of its own so the game's first download does not carry it; fetched once. */
function loadGuide(): Promise<string> {
  guide ??= import('../../../../docs/teaching.md?raw').then(
    (module) => {
      guideText = module.default;
      return guideText;
    },
    (error: unknown) => {
      guide = null;
      throw error;
    },
  );
  return guide;
}

// Fetched in the background soon after this (the teacher's page, itself fetched once the title is up), so the
// guide still opens if the network goes away later.
if (typeof window !== 'undefined') setTimeout(() => loadGuide().catch(() => undefined), 1500);

function scrollTo(id: string) {
  return (event: Event) => {
    // The game routes by the address's #: the contents scroll instead of navigating.
    event.preventDefault();
    document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
}

function guideView(text: string, hooks: GuideHooks): HTMLElement {
  const doc = renderMarkdown(text, { idPrefix: ID_PREFIX, headingOffset: 1 });
  const sections = [...doc.querySelectorAll<HTMLElement>('h3')];
  const contents = h(
    'nav',
    { class: 'guide-contents', 'aria-labelledby': 'guide-contents-heading' },
    h('h2', { id: 'guide-contents-heading' }, TEXT.lessonGuide.contents),
    h(
      'ul',
      {},
      ...sections.map((heading) =>
        h(
          'li',
          {},
          h('a', { href: `#${heading.id}`, onclick: scrollTo(heading.id) }, heading.textContent ?? ''),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'secondary small', 'data-key': 'guide-print', onclick: () => hooks.print() },
        TEXT.lessonGuide.print,
      ),
    ),
  );
  return h('div', { class: 'guide-layout' }, contents, h('article', { class: 'guide-doc' }, doc));
}

/** The lesson guide: docs/teaching.md inside the game, so it is at hand in class without the internet. */
export function guidePanel(_snapshot: AppSnapshot, _send: Send, hooks: GuideHooks): HTMLElement {
  const panel = h('div', { class: 'guide-panel' });
  if (guideText !== null) {
    panel.append(guideView(guideText, hooks));
    return panel;
  }
  panel.append(h('p', { class: 'hint', role: 'status' }, TEXT.lessonGuide.loading));
  loadGuide().then(
    (text) => panel.replaceChildren(guideView(text, hooks)),
    () => panel.replaceChildren(h('p', { class: 'guide-failed', role: 'alert' }, TEXT.lessonGuide.failed)),
  );
  return panel;
}
