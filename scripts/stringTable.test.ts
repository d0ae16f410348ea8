import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS } from '../src/flow/frame';
import { stringsFor } from '../src/flow/strings';
import { english } from '../src/flow/strings/en';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('testing'))
    .map((f) => join(root, dir, f));
}

/** Words and sentences a person reads: two or more words of letters in a string literal. */
const PROSE = /(['"`])(?:(?!\1)[^\\\n]|\\.)*?\b[A-Za-z]{2,}[’']?[a-z]* [a-z]{2,}\b(?:(?!\1)[^\\\n]|\\.)*\1/g;
/** Literals that are not shown: font stacks, easing names, selectors, CSS, event names and the like. */
const NOT_SHOWN =
  /IBM Plex|monospace|ease|\.[a-z-]+\b|\[data-|:not\(|prefers-|application\/|text\/yaml|noopener|\$\{|^.(?:M|m)[\d.]|^.[a-z]+(?:-[a-z]+)* [a-z]+(?:-[a-z]+)*.$/;

describe('the string table', () => {
  it('holds every interface sentence: the screens, the flow and the sound write none of their own', () => {
    const leaks: string[] = [];
    for (const file of [
      ...sources('src/view'),
      ...sources('src/flow'),
      ...sources('src/audio'),
      join(root, 'src/main.ts'),
    ]) {
      if (file.includes(`${join('flow', 'strings')}`)) continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.trim();
        if (
          code.startsWith('//') ||
          code.startsWith('*') ||
          code.startsWith('/*') ||
          code.startsWith('import ')
        )
          return;
        // Schema descriptions are for authors and tools (the JSON Schema), not the screens.
        if (/console\.|warn\(|throw new|new Error|describe\(|Error\(/.test(code)) return;
        if (lines[i - 1]?.trim().endsWith('.describe(')) return;
        for (const match of code.matchAll(PROSE)) {
          const before = code.slice(Math.max(0, match.index - 8), match.index);
          // Class names, and the tail of one literal read up to the head of the next.
          if (/class: $/.test(before) || /^.[),;:]/.test(match[0])) continue;
          if (!NOT_SHOWN.test(match[0])) leaks.push(`${relative(root, file)}:${i + 1}  ${match[0]}`);
        }
      });
    }
    expect(leaks).toEqual([]);
  });

  it('puts the scenario’s own nouns in and falls back to English for a language with no table yet', () => {
    const geneva = { ...DEFAULT_TERMS, meeting: 'conference', party: 'delegation', parties: 'delegations' };
    const strings = stringsFor('fr', geneva);
    expect(strings.text.tableToAll).toBe('Table the text to every delegation');
    expect(strings.status.days(2)).toBe('2 days to the conference');
    expect(stringsFor('en-GB', DEFAULT_TERMS).status.days(1)).toBe('1 day to the meeting');
    expect(JSON.stringify(english(DEFAULT_TERMS))).not.toMatch(/delegation|conference|envoy|cables/);
  });
});
