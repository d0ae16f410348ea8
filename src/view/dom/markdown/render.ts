import { h } from '../h';
import { type Block, type Inline, parseMarkdown } from './parse';

/** A heading's anchor: its words in lower case, joined by hyphens, as GitHub makes them. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

const textOf = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.kind === 'text' || i.kind === 'code' ? i.text : textOf(i.children))).join('');

const WEB = /^(https?:|mailto:)/i;

export interface MarkdownOptions {
  /** The prefix of each heading's id, so two documents on a page never share one. */
  readonly idPrefix: string;
  /** Levels added to every heading, for a document shown under a page's own heading (1: # becomes h2). */
  readonly headingOffset?: number;
}

function inline(item: Inline, options: MarkdownOptions): Node {
  switch (item.kind) {
    case 'text':
      return document.createTextNode(item.text);
    case 'code':
      return h('code', {}, item.text);
    case 'strong':
      return h('strong', {}, ...item.children.map((c) => inline(c, options)));
    case 'em':
      return h('em', {}, ...item.children.map((c) => inline(c, options)));
    case 'link': {
      const children = item.children.map((c) => inline(c, options));
      if (WEB.test(item.href))
        return h('a', { href: item.href, target: '_blank', rel: 'noopener noreferrer' }, ...children);
      // The game routes by the address's #: a link within the document scrolls to its heading instead.
      if (item.href.startsWith('#')) {
        const id = `${options.idPrefix}${item.href.slice(1)}`;
        return h(
          'a',
          {
            href: `#${id}`,
            class: 'md-anchor',
            onclick: (event: Event) => {
              event.preventDefault();
              document.getElementById(id)?.scrollIntoView({ block: 'start' });
            },
          },
          ...children,
        );
      }
      // A path in the repository (or a javascript: address): its words, with nowhere to go in the game.
      return h('span', { class: 'md-reference' }, ...children);
    }
  }
}

function block(item: Block, options: MarkdownOptions): HTMLElement {
  const inlines = (content: readonly Inline[]) => content.map((c) => inline(c, options));
  switch (item.kind) {
    case 'heading': {
      const level = Math.min(6, item.level + (options.headingOffset ?? 0));
      const tag = `h${level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return h(tag, { id: `${options.idPrefix}${slugOf(textOf(item.content))}` }, ...inlines(item.content));
    }
    case 'paragraph':
      return h('p', {}, ...inlines(item.content));
    case 'list': {
      const items = item.items.map((li) => {
        // A tight item (one paragraph) holds its words directly, as a list usually reads.
        const only = li.blocks.length === 1 ? li.blocks[0] : undefined;
        return only?.kind === 'paragraph'
          ? h('li', {}, ...inlines(only.content))
          : h('li', {}, ...li.blocks.map((b) => block(b, options)));
      });
      return item.ordered
        ? h('ol', item.start === 1 ? {} : { start: item.start }, ...items)
        : h('ul', {}, ...items);
    }
    case 'table':
      return h(
        'div',
        { class: 'md-table' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h('tr', {}, ...item.head.map((cell) => h('th', { scope: 'col' }, ...inlines(cell)))),
          ),
          h(
            'tbody',
            {},
            ...item.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, ...inlines(cell))))),
          ),
        ),
      );
    case 'code':
      return h('pre', {}, h('code', {}, item.text));
    case 'quote':
      return h('blockquote', {}, ...item.blocks.map((b) => block(b, options)));
    case 'rule':
      return h('hr', {});
  }
}

/** A Markdown document as DOM, built with `h()`: its words are text nodes, never HTML. */
export function renderMarkdown(source: string, options: MarkdownOptions): HTMLElement {
  return h('div', { class: 'markdown' }, ...parseMarkdown(source).map((b) => block(b, options)));
}
