import { describe, expect, it } from 'vitest';
import { classGameOf, resultText, studentResult } from '../../testing/classResults';
import { loadFixture } from '../../testing/scenarios';
import type { ResultFile } from '../resultFile';
import { NEUTRAL_STRINGS } from '../strings';
import { classCsv, classCsvName, csvField, inertCell } from './classCsv';
import { classViewOf } from './classResults';
import { summariseClass } from './classSummary';
import { readResultFile } from './parseResults';

const fixture = loadFixture();
const game = classGameOf(fixture, 1234);
const words = NEUTRAL_STRINGS.classResults.csv;

/** An RFC 4180 reader, as a spreadsheet reads the file: quoted fields may hold commas, quotes and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function csvOf(results: readonly ResultFile[]): string {
  const files = results.map((r, i) =>
    readResultFile({ name: `${i}.json`, text: resultText(r) }, [game.entry], NEUTRAL_STRINGS.result),
  );
  return classCsv(summariseClass(classViewOf(files, null, [game.entry]).shown!, files), words);
}

describe('the class’s CSV for a gradebook', () => {
  const amina = studentResult(game, 'Amina Yusuf', 0);
  const ben = studentResult(game, 'Ben', 1);

  it('has one row per student: name, class, date, scenario, length, deal, each party, days, moves', () => {
    const text = csvOf([amina, ben]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(text.slice(1));
    const parties = fixture.parties.map((p) => p.name);
    expect(rows[0]).toEqual([
      'Student',
      'Class code',
      'Date',
      'Scenario',
      'Length',
      words.deal,
      ...parties.flatMap((p) => [`${p} came`, `${p} points`]),
      'Days used',
      'Moves used',
    ]);
    expect(rows).toHaveLength(3);
    const [first] = fixture.parties;
    expect(rows[1]!.slice(0, 8)).toEqual([
      'Amina Yusuf',
      game.code,
      '2026-03-10',
      fixture.meta.title,
      'full',
      amina.outcome.deal ? 'yes' : 'no',
      amina.outcome.attends[first!.id] ? 'yes' : 'no',
      amina.utilities[first!.id]!.toFixed(1),
    ]);
    expect(rows[2]![0]).toBe('Ben');
  });

  it('quotes what needs quoting and makes a would-be formula inert, so a name cannot run in a spreadsheet', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Yusuf, Amina')).toBe('"Yusuf, Amina"');
    expect(csvField('the "river"')).toBe('"the ""river"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    // Spreadsheets skip leading spaces before a formula, and read full-width signs as their ASCII twins.
    for (const start of [
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      ' =',
      '  +',
      '\u3000=',
      '＝',
      '＋',
      '－',
      '＠',
      ' ＠',
    ])
      expect(inertCell(`${start}HYPERLINK("http://x")`)).toBe(`'${start}HYPERLINK("http://x")`);
    expect(inertCell('Amina')).toBe('Amina');
    expect(inertCell(' Amina = top')).toBe(' Amina = top');
    const hostile = { ...amina, student: '=HYPERLINK("http://evil.example","Click")' };
    const answered: ResultFile = {
      ...ben,
      reflection: {
        before: [{ question: 'What will you do first?', answer: '@SUM(A1:A9), then "listen"\r\nand wait' }],
        after: [],
      },
    };
    const rows = readCsv(csvOf([hostile, answered]).slice(1));
    expect(rows[0]!.at(-1)).toBe('Before: What will you do first?');
    expect(rows[1]![0]).toBe(`'${hostile.student}`);
    expect(rows[1]!.at(-1)).toBe('');
    expect(rows[2]!.at(-1)).toBe(`'@SUM(A1:A9), then "listen"\r\nand wait`);
    // Every row has as many cells as the head.
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('is named after the scenario and the class code', () => {
    const files = [amina].map((r) =>
      readResultFile({ name: 'a.json', text: resultText(r) }, [game.entry], NEUTRAL_STRINGS.result),
    );
    const summary = summariseClass(classViewOf(files, null, [game.entry]).shown!, files);
    expect(classCsvName(summary)).toBe(`${fixture.meta.id}-${game.code}-results.csv`);
  });
});
