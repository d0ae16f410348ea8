/**
 * A small Markdown subset, read into plain data for the renderer (render.ts): ATX headings, paragraphs, bullet and
 * numbered lists (nested by indentation), pipe tables, fenced code, block quotes and rules; inline strong, emphasis,
 * code and links, with backslash escapes. Anything else stays text: nothing here is ever read as HTML.
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6; readonly content: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: readonly ListItem[];
    }
  | { readonly kind: 'table'; readonly head: readonly Cell[]; readonly rows: readonly (readonly Cell[])[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'quote'; readonly blocks: readonly Block[] }
  | { readonly kind: 'rule' };

export type Cell = readonly Inline[];

export interface ListItem {
  readonly blocks: readonly Block[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-*+])\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

const blank = (line: string) => line.trim() === '';
const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '    ').length;

function cellsOf(row: string): string[] {
  let inner = row.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
  // A pipe escaped as \| stays in its cell.
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Starts a block other than a paragraph: a paragraph ends where one of these begins. */
function startsBlock(line: string, next: string | undefined): boolean {
  return (
    HEADING.test(line) ||
    BULLET.test(line) ||
    NUMBERED.test(line) ||
    FENCE.test(line) ||
    RULE.test(line) ||
    /^\s*>/.test(line) ||
    (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next))
  );
}

/** The lines of one list item: its first line's text, then every line indented past its marker. */
function listItemLines(lines: readonly string[], start: number, contentIndent: number, first: string) {
  const own = [first];
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      // A blank line ends the item unless the next line is still indented under it.
      const next = lines[i + 1];
      if (next === undefined || blank(next) || indentOf(next) < contentIndent) break;
      own.push('');
      i += 1;
      continue;
    }
    if (indentOf(line) >= contentIndent) own.push(line.slice(Math.min(contentIndent, indentOf(line))));
    else if (BULLET.test(line) || NUMBERED.test(line) || startsBlock(line, lines[i + 1])) break;
    // A lazy continuation: an unindented line that carries on the item's paragraph.
    else own.push(line.trim());
    i += 1;
  }
  return { own, next: i };
}

/** Quotes and lists nest at most this deep; deeper text is read as a paragraph (no stack runs out). */
const MOST_NESTING = 8;

function parseLines(lines: readonly string[], depth = 0): Block[] {
  if (depth >= MOST_NESTING) {
    const text = lines
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    return text ? [{ kind: 'paragraph', content: parseInline(text) }] : [];
  }
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      i += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2]!) });
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i += 1;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i]!)) quoted.push(lines[i++]!.replace(/^\s*>\s?/, ''));
      blocks.push({ kind: 'quote', blocks: parseLines(quoted, depth + 1) });
      continue;
    }
    const marker = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (marker) {
      const ordered = !BULLET.test(line);
      const items: ListItem[] = [];
      const baseIndent = indentOf(line);
      while (i < lines.length) {
        const current = lines[i]!;
        const m = ordered ? NUMBERED.exec(current) : BULLET.exec(current);
        if (!m || indentOf(current) !== baseIndent) break;
        const contentIndent = current.length - m[3]!.length;
        const { own, next } = listItemLines(lines, i, contentIndent, m[3]!);
        items.push({ blocks: parseLines(own, depth + 1) });
        i = next;
        // A blank line between items keeps the list going.
        while (i < lines.length && blank(lines[i]!) && lines[i + 1] !== undefined) {
          const after = lines[i + 1]!;
          const same = ordered ? NUMBERED.exec(after) : BULLET.exec(after);
          if (!same || indentOf(after) !== baseIndent) break;
          i += 1;
        }
      }
      blocks.push({ kind: 'list', ordered, start: ordered ? Number(marker[2]) : 1, items });
      continue;
    }
    if (line.includes('|') && lines[i + 1] !== undefined && TABLE_SEPARATOR.test(lines[i + 1]!)) {
      const head = cellsOf(line).map(parseInline);
      const rows: Cell[][] = [];
      i += 2;
      while (i < lines.length && !blank(lines[i]!) && lines[i]!.includes('|'))
        rows.push(cellsOf(lines[i++]!).map(parseInline));
      blocks.push({ kind: 'table', head, rows });
      continue;
    }
    const paragraph = [line.trim()];
    i += 1;
    while (i < lines.length && !blank(lines[i]!) && !startsBlock(lines[i]!, lines[i + 1]))
      paragraph.push(lines[i++]!.trim());
    blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
  }
  return blocks;
}

/** Reads a Markdown document into blocks. */
export function parseMarkdown(source: string): Block[] {
  return parseLines(source.replace(/\r\n?/g, '\n').split('\n'));
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|>~<]/;

/** Reads a line's inline marks: `code`, **strong**, *em* or _em_, [text](href), backslash escapes. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i) {
        flush();
        out.push({ kind: 'code', text: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = /^\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/.exec(source.slice(i));
      if (link) {
        flush();
        out.push({ kind: 'link', href: link[2]!, children: parseInline(link[1]!) });
        i += link[0].length;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const double = source.startsWith(c + c, i);
      const mark = double ? c + c : c;
      const end = source.indexOf(mark, i + mark.length);
      // An opening mark needs text right after it, and "_" inside a word (snake_case) is not emphasis.
      const opens =
        end > i + mark.length &&
        !/\s/.test(source[i + mark.length]!) &&
        !/\s/.test(source[end - 1]!) &&
        (c === '*' || !/\w/.test(source[i - 1] ?? ''));
      if (opens) {
        flush();
        out.push({
          kind: double ? 'strong' : 'em',
          children: parseInline(source.slice(i + mark.length, end)),
        });
        i = end + mark.length;
        continue;
      }
    }
    text += c;
    i += 1;
  }
  flush();
  return out;
}
