import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './parse';

const text = (t: string) => ({ kind: 'text', text: t });

describe('the Markdown subset', () => {
  it('reads headings, paragraphs joined across lines, and rules', () => {
    expect(parseMarkdown('# Teaching\n\nOne line\nand the next.\n\n---\n## Goals ##')).toEqual([
      { kind: 'heading', level: 1, content: [text('Teaching')] },
      { kind: 'paragraph', content: [text('One line and the next.')] },
      { kind: 'rule' },
      { kind: 'heading', level: 2, content: [text('Goals')] },
    ]);
  });

  it('reads strong, emphasis, code, links and escapes, and leaves a lone mark as text', () => {
    expect(
      parseInline('**Walk-away** values, *BATNA*, `npm test`, [Getting to Yes](https://example.org)'),
    ).toEqual([
      { kind: 'strong', children: [text('Walk-away')] },
      text(' values, '),
      { kind: 'em', children: [text('BATNA')] },
      text(', '),
      { kind: 'code', text: 'npm test' },
      text(', '),
      { kind: 'link', href: 'https://example.org', children: [text('Getting to Yes')] },
    ]);
    expect(parseInline('5 * 3 = 15, snake_case_name, \\*not em\\*')).toEqual([
      text('5 * 3 = 15, snake_case_name, *not em*'),
    ]);
  });

  it('reads bullet and numbered lists, items over several lines, and a list inside an item', () => {
    const blocks = parseMarkdown(
      '1. Make a code\n   for the class.\n2. Students join:\n   - the code\n   - their name\n\n3. Collect the files\n\nAfter.',
    );
    expect(blocks).toHaveLength(2);
    const list = blocks[0]!;
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 1 });
    if (list.kind !== 'list') throw new Error('a list');
    expect(list.items).toHaveLength(3);
    expect(list.items[0]!.blocks).toEqual([
      { kind: 'paragraph', content: [text('Make a code for the class.')] },
    ]);
    expect(list.items[1]!.blocks[1]).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [
        { blocks: [{ kind: 'paragraph', content: [text('the code')] }] },
        { blocks: [{ kind: 'paragraph', content: [text('their name')] }] },
      ],
    });
    expect(blocks[1]).toEqual({ kind: 'paragraph', content: [text('After.')] });
  });

  it('reads a pipe table, an escaped pipe staying in its cell', () => {
    expect(
      parseMarkdown('| Time | What |\n| ---: | --- |\n| 0–5 | Set-up \\| code |\n| 5–35 | *Play* |'),
    ).toEqual([
      {
        kind: 'table',
        head: [[text('Time')], [text('What')]],
        rows: [
          [[text('0–5')], [text('Set-up | code')]],
          [[text('5–35')], [{ kind: 'em', children: [text('Play')] }]],
        ],
      },
    ]);
  });

  it('keeps fenced code and quotes as written, and markup as plain text', () => {
    expect(parseMarkdown('```\nnpm run lesson-time\n<b>x</b>\n```\n> A *quote*\n> goes on.')).toEqual([
      { kind: 'code', text: 'npm run lesson-time\n<b>x</b>' },
      {
        kind: 'quote',
        blocks: [
          {
            kind: 'paragraph',
            content: [text('A '), { kind: 'em', children: [text('quote')] }, text(' goes on.')],
          },
        ],
      },
    ]);
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', content: [text('<script>alert(1)</script>')] },
    ]);
  });

  it('reads the lesson guide into headings, lists and tables, with no line lost', () => {
    const guide = readFileSync(
      join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'teaching.md'),
      'utf8',
    );
    const blocks = parseMarkdown(guide);
    const kinds = new Set(blocks.map((b) => b.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['heading', 'list', 'paragraph', 'table']));
    // Every word of the file is in the blocks (marks aside): nothing is dropped by a construct the subset lacks.
    const words = (s: string) => s.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
    const seen = new Set(words(JSON.stringify(blocks)));
    expect(words(guide.replace(/\]\([^)]*\)/g, ']')).filter((w) => !seen.has(w))).toEqual([]);
  });

  it('reads deep nesting without running out of stack, the deepest levels as plain text', () => {
    const deepQuote = `${'>'.repeat(20_000)} deep`;
    const deepList = `${'- '.repeat(3_000)}x`;
    expect(() => parseMarkdown(deepQuote)).not.toThrow();
    expect(JSON.stringify(parseMarkdown(deepList))).toMatch(/"text":"[^"]*x"/);
  });
});
