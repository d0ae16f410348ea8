import type { Evidence, Scenario } from '../../scenario/schema';
import { TEXT } from '../text';
import { h } from './h';

/**
 * The small quote mark beside a stance: it opens the source (the quote, the publisher, the date, the link),
 * or says plainly that the stance is inferred and why. A <details> element, so it works with any input.
 */
export function evidenceMark(
  scenario: Scenario,
  evidence: Evidence,
  label = TEXT.evidence.source,
): HTMLElement {
  const source = evidence.source ? scenario.meta.sources.find((s) => s.id === evidence.source) : undefined;
  const body = source
    ? h(
        'div',
        { class: 'evidence-body' },
        h('blockquote', {}, `“${evidence.quote ?? ''}”`),
        h(
          'p',
          { class: 'evidence-source' },
          `${source.publisher}, ${source.date}`,
          source.url ? ' · ' : '',
          source.url
            ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, TEXT.evidence.open)
            : '',
        ),
      )
    : h(
        'div',
        { class: 'evidence-body' },
        h('p', {}, h('strong', {}, TEXT.evidence.inferredLabel), evidence.inferred ?? ''),
      );
  return h(
    'details',
    { class: `evidence ${source ? 'cited' : 'inferred'}` },
    h(
      'summary',
      { 'aria-label': `${label}: ${source ? TEXT.evidence.cited : TEXT.evidence.inferred}`, title: label },
      source ? '❝' : '≈',
    ),
    body,
  );
}

/** The sources of a claim, as a short list of publisher and date, linked where a link exists. */
export function sourceList(
  sources: readonly { publisher: string; date: string; url?: string; title?: string }[],
): HTMLElement {
  return h(
    'ul',
    { class: 'source-list' },
    ...sources.map((s) =>
      h(
        'li',
        {},
        s.url
          ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.publisher)
          : s.publisher,
        s.title ? `, “${s.title}”` : '',
        s.date ? `, ${s.date}` : '',
      ),
    ),
  );
}
