import { describe, expect, it } from 'vitest';
import { type PortraitDocument, portrait, portraitFeatures } from './portrait';

/**
 * A minimal stand-in for the DOM: it records exactly what the builder does. It has no innerHTML, and
 * assigning one throws, so a passing test proves markup is never parsed from a name.
 */
class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  text = '';
  constructor(
    readonly namespaceURI: string,
    readonly tagName: string,
  ) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  appendChild<T extends FakeElement>(child: T): T {
    this.children.push(child);
    return child;
  }
  set textContent(value: string) {
    this.text = value;
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML must never be used');
  }
  /** Every element below and including this one. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all())];
  }
}

function fakeDocument(): PortraitDocument & { created: FakeElement[] } {
  const created: FakeElement[] = [];
  return {
    created,
    createElementNS: ((ns: string, tag: string) => {
      const el = new FakeElement(ns, tag);
      created.push(el);
      return el;
    }) as unknown as PortraitDocument['createElementNS'],
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialises like a browser would: text and attribute values escaped. */
function serialise(el: FakeElement): string {
  const attrs = [...el.attributes].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<${el.tagName}${attrs}>${escapeXml(el.text)}${el.children.map(serialise).join('')}</${el.tagName}>`;
}

function render(key: string, name: string, colour = '#7a6a8f', title?: string) {
  const doc = fakeDocument();
  const svg = portrait({ key, name, colour, title }, doc) as unknown as FakeElement;
  return { svg, doc, markup: serialise(svg) };
}

describe('portrait', () => {
  it('is the recorded drawing for a key and name', async () => {
    // The features and the markup both come from the key and the name only: the golden file pins them.
    const features = JSON.stringify(portraitFeatures('russia', 'Sergei Lavrov'));
    const markup = render('russia', 'Sergei Lavrov').markup.replace(/></g, '>\n<');
    await expect(`${features}\n${markup}\n`).toMatchFileSnapshot('./__golden__/portrait-russia-lavrov.txt');
  });

  it('draws different people differently', () => {
    const names = [
      'Lakhdar Brahimi',
      'Sergei Lavrov',
      'Gennady Gatilov',
      'John Kerry',
      'Ahmad al-Jarba',
      'Badr Jamous',
      'Delegate A',
      'Delegate B',
      'Delegate C',
      'Delegate D',
      'Delegate E',
      'Delegate F',
    ];
    const markups = new Set(names.map((name) => render('other', name).markup));
    expect(markups.size).toBe(names.length);
    // Not just different numbers: visibly different hair, glasses and beards across a delegation list.
    const looks = new Set(
      names.map((name) => {
        const f = portraitFeatures('other', name);
        return `${f.hair}/${f.hairColour}/${f.glasses}/${f.facialHair}`;
      }),
    );
    expect(looks.size).toBeGreaterThanOrEqual(8);
    expect(render('russia', 'A. N. Other').markup).not.toBe(render('coalition', 'A. N. Other').markup);
  });

  it('keeps a hostile name as text only', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { svg, doc, markup } = render('united-states', hostile, '#4f7a6a', '<b>Secretary</b>');
    expect(doc.created.every((el) => el.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(doc.created.some((el) => el.tagName.toLowerCase() === 'img')).toBe(false);
    expect(svg.all().map((el) => el.tagName)).not.toContain('img');
    expect(svg.getAttribute('aria-label')).toBe(`Portrait of ${hostile}`);
    expect(svg.textContent).toContain(hostile);
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The name reaches exactly two places: the label and the title.
    const holders = svg
      .all()
      .filter(
        (el) => el.text.includes(hostile) || [...el.attributes.values()].some((v) => v.includes(hostile)),
      );
    expect(holders.map((el) => el.tagName).sort()).toEqual(['svg', 'title']);
  });

  it('is an accessible image with a title that says it is not a likeness', () => {
    const { svg } = render('envoy', 'Lakhdar Brahimi', '#5b92e5', 'Joint Special Representative');
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Portrait of Lakhdar Brahimi');
    const title = svg.children[0];
    expect(title?.tagName).toBe('title');
    expect(title?.textContent).toBe(
      'Lakhdar Brahimi, Joint Special Representative: a stylised drawing, not a likeness',
    );
    expect(svg.getAttribute('width')).toBe('160');
    expect(svg.getAttribute('viewBox')).toBe('0 0 100 100');
  });

  it('honours the size and shows the delegation colour', () => {
    const doc = fakeDocument();
    const svg = portrait(
      { key: 'russia', name: 'Sergei Lavrov', colour: '#7a6a8f', size: 96 },
      doc,
    ) as unknown as FakeElement;
    expect(svg.getAttribute('width')).toBe('96');
    expect(svg.getAttribute('height')).toBe('96');
    const fills = svg.all().map((el) => el.getAttribute('fill'));
    // The lapel pin is the colour a shade deeper (#7a6a8f with 12 % ink); other colours give other pins.
    expect(fills).toContain('#706282');
    expect(render('russia', 'Sergei Lavrov', '#4f7a6a').markup).not.toContain('#706282');
  });

  it('never copies an unparsable colour into the drawing', () => {
    const odd = 'red;background:url(javascript:alert(1))';
    const { markup } = render('coalition', 'Badr Jamous', odd);
    expect(markup).not.toContain('javascript');
    expect(markup).not.toContain('red;');
    // The envoy falls back to UN blue, everyone else to a neutral grey: both still draw.
    const envoy = render('envoy', 'Lakhdar Brahimi', 'not a colour').markup;
    expect(envoy).toBe(render('envoy', 'Lakhdar Brahimi', '#5b92e5').markup);
  });
});
