import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown, slugOf } from './render';

/**
 * A minimal stand-in for the DOM that records what the renderer builds. It has no innerHTML, and assigning one
 * throws, so a passing test shows that no markup is ever parsed from the document's text.
 */
class FakeText {
  constructor(readonly data: string) {}
  get textContent(): string {
    return this.data;
  }
}

class FakeElement {
  readonly children: (FakeElement | FakeText)[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, (event: Event) => void>();
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, listener);
  }
  append(...nodes: (FakeElement | FakeText)[]): void {
    this.children.push(...nodes);
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML must never be used');
  }
  get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  /** Every element below and including this one. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => (c instanceof FakeElement ? c.all() : []))];
  }
}

const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag.toUpperCase()),
  createTextNode: (data: string) => new FakeText(data),
};

const render = (source: string) => renderMarkdown(source, { idPrefix: 'guide-' }) as unknown as FakeElement;
const tags = (el: FakeElement) => el.all().map((e) => e.tagName);

describe('the Markdown renderer', () => {
  const real = globalThis.document;
  beforeAll(() => {
    globalThis.document = fakeDocument as unknown as Document;
  });
  afterAll(() => {
    globalThis.document = real;
  });

  it('keeps markup in the text as text: a <script> is words on the page, never an element', () => {
    const el = render('<script>alert(1)</script>\n\n# <img src=x onerror=alert(1)>\n\n- <b>bold?</b>');
    expect(tags(el)).toEqual(['DIV', 'P', 'H1', 'UL', 'LI']);
    const paragraph = el.children[0] as FakeElement;
    expect(paragraph.children).toEqual([new FakeText('<script>alert(1)</script>')]);
    expect(el.textContent).toBe('<script>alert(1)</script><img src=x onerror=alert(1)><b>bold?</b>');
  });

  it('builds headings with anchors, lists, tables and emphasis', () => {
    const el = render(
      '## Learning goals\n\n1. **Walk-away** values\n2. *Pareto* efficiency\n\n| Time | What |\n| --- | --- |\n| 0–5 | Set-up |',
    );
    expect(tags(el)).toEqual([
      'DIV',
      'H2',
      'OL',
      'LI',
      'STRONG',
      'LI',
      'EM',
      'DIV',
      'TABLE',
      'THEAD',
      'TR',
      'TH',
      'TH',
      'TBODY',
      'TR',
      'TD',
      'TD',
    ]);
    const heading = el.children[0] as FakeElement;
    expect(heading.attributes.get('id')).toBe('guide-learning-goals');
    expect(el.all().find((e) => e.tagName === 'TD')!.textContent).toBe('0–5');
  });

  it('opens web links in a new tab, scrolls to a heading for a link within the page, and never makes a script link', () => {
    const el = render(
      '[Fisher and Ury](https://example.org/yes), [the plans](#lesson-plans), [the README](../README.md), [click](javascript:alert(1))',
    );
    const links = el.all().filter((e) => e.tagName === 'A');
    expect(links.map((a) => [a.textContent, a.attributes.get('href')])).toEqual([
      ['Fisher and Ury', 'https://example.org/yes'],
      ['the plans', '#guide-lesson-plans'],
    ]);
    expect(links[0]!.attributes.get('rel')).toBe('noopener noreferrer');
    expect(links[1]!.listeners.has('click')).toBe(true);
    const references = el.all().filter((e) => e.tagName === 'SPAN');
    expect(references.map((s) => s.textContent)).toEqual(['the README', 'click']);
    expect(el.all().some((e) => [...e.attributes.values()].some((v) => v.startsWith('javascript:')))).toBe(
      false,
    );
  });

  it('sets a document under the page’s own heading', () => {
    const el = renderMarkdown('# Guide\n\n## Plans\n\n###### Deep', { idPrefix: '', headingOffset: 1 });
    expect(tags(el as unknown as FakeElement)).toEqual(['DIV', 'H2', 'H3', 'H6']);
  });

  it('makes the anchors GitHub makes', () => {
    expect(slugOf('One lesson (50 minutes): the short game')).toBe('one-lesson-50-minutes-the-short-game');
    expect(slugOf('Walk-away values, BATNA')).toBe('walk-away-values-batna');
  });
});
