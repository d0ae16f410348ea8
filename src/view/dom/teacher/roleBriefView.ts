import type { BriefLine, Citation, RoleBrief } from '../../../flow/teacher/roleBriefs';
import { TEXT } from '../../text';
import { h } from '../h';

function citation(cite: Citation | undefined): HTMLElement | null {
  if (!cite) return null;
  const words = TEXT.roleBriefs;
  if (cite.inferred !== undefined)
    return h('p', { class: 'brief-cite inferred' }, h('em', {}, words.inferred), cite.inferred);
  return h(
    'p',
    { class: 'brief-cite' },
    cite.again ? '' : h('q', {}, cite.quote ?? ''),
    h('span', { class: 'brief-source' }, cite.again ? `${cite.source}, ${words.quotedAbove}` : cite.source),
  );
}

function line(item: BriefLine): HTMLElement {
  const head = h(
    'p',
    { class: 'brief-line-head' },
    item.label ? h('strong', {}, item.label) : null,
    item.label && item.text ? ': ' : '',
    item.text,
    item.numbers ? h('span', { class: 'brief-numbers' }, item.numbers) : null,
  );
  return h(
    'li',
    { class: `brief-line${item.tone ? ` tone-${item.tone}` : ''}` },
    head,
    citation(item.evidence),
    item.lines ? h('ul', { class: 'brief-lines' }, ...item.lines.map(line)) : null,
  );
}

/** One confidential role brief, laid out as a document: it prints from a new page. */
export function roleBriefView(brief: RoleBrief, scenarioTitle: string): HTMLElement {
  return h(
    'article',
    {
      class: `role-brief role-brief-${brief.kind}`,
      'data-brief': brief.id,
      style: `--party: ${brief.colour}`,
      'aria-label': brief.confidential,
    },
    h(
      'header',
      { class: 'brief-head' },
      h('p', { class: 'brief-stamp' }, brief.confidential),
      h('p', { class: 'brief-scenario' }, scenarioTitle),
      h('h2', {}, brief.name),
      brief.leaders ? h('p', { class: 'brief-leaders' }, brief.leaders) : null,
    ),
    ...brief.sections.map((section) =>
      h(
        'section',
        { class: `brief-section brief-${section.id}` },
        h('h3', {}, section.heading),
        ...section.paragraphs.map((p) => h('p', {}, p)),
        section.lines.length > 0 ? h('ul', { class: 'brief-lines' }, ...section.lines.map(line)) : null,
        citation(section.evidence),
      ),
    ),
  );
}
