import type { GameLength } from '../gameLength';
import type { ClassSummary } from './classSummary';

/** The column heads and words of the class's CSV (the interface's string table passes its own). */
export interface CsvWords {
  readonly student: string;
  readonly classCode: string;
  readonly date: string;
  readonly scenario: string;
  readonly length: string;
  readonly deal: string;
  readonly attends: (party: string) => string;
  readonly points: (party: string) => string;
  readonly days: string;
  readonly moves: string;
  readonly before: (question: string) => string;
  readonly after: (question: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly lengths: Readonly<Record<GameLength, string>>;
}

/**
 * A cell a spreadsheet would not run: text from a student's file that begins like a formula (= + - @, their
 * full-width forms, or a tab or carriage return), even after spaces, gets a leading apostrophe, which
 * spreadsheets show as text.
 */
export function inertCell(text: string): string {
  return /^[\s\u3000]*[=+\-@＝＋－＠\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: readonly string[]) => cells.map(csvField).join(',');

/**
 * One row per student for a gradebook: who, when, which game, whether every party came, each party's
 * attendance and points, days and moves used, and the reflection answers. Text from the files is made inert;
 * the numbers are the game's own. UTF-8 with a byte-order mark, so a spreadsheet reads names in any script.
 */
export function classCsv(summary: ClassSummary, words: CsvWords): string {
  const parties = summary.scenario.parties.map((p) => p.name);
  const questions = summary.reflection.flatMap((q) => [
    ...(q.before ? [{ head: words.before(q.question), answers: q.before }] : []),
    ...(q.after ? [{ head: words.after(q.question), answers: q.after }] : []),
  ]);
  const head = [
    words.student,
    words.classCode,
    words.date,
    words.scenario,
    words.length,
    words.deal,
    ...parties.flatMap((p) => [words.attends(p), words.points(p)]),
    words.days,
    words.moves,
    ...questions.map((q) => q.head),
  ].map(inertCell);
  const yesNo = (b: boolean) => (b ? words.yes : words.no);
  const lines = summary.students.map((s, i) =>
    row([
      inertCell(s.student),
      inertCell(s.classCode ?? ''),
      s.date,
      inertCell(summary.scenario.meta.title),
      words.lengths[summary.length],
      yesNo(s.deal),
      ...parties.flatMap((_, p) => [yesNo(s.attends[p]!), s.utilities[p]!.toFixed(1)]),
      String(s.days),
      String(s.moves),
      ...questions.map((q) => inertCell(q.answers[i] ?? '')),
    ]),
  );
  return `\uFEFF${[row(head), ...lines].join('\r\n')}\r\n`;
}

/** `<scenario>-<class code>-results.csv`, or `…-class-results.csv` for games played without a code. */
export function classCsvName(summary: ClassSummary): string {
  const code = (summary.classCode ?? 'class').replace(/[^A-Za-z0-9]+/g, '-');
  return `${summary.entry.id}-${code}-results.csv`;
}
