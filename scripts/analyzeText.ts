/**
 * The readable form of `npm run scenario -- analyze` (src/agents/authorReport.ts computes it): plain lines at
 * most 100 columns wide.
 */
import type { AuthorReport, BandReport, Spread, TextReport } from '../src/agents/authorReport';

export const WIDTH = 100;

/** Words wrapped to the width, every line after the first indented by `hang`. */
export function wrap(text: string, indent = '', hang = `${indent}  `, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const room = width - line.length - (empty ? 0 : 1);
    if (!empty && word.length > room) {
      lines.push(line);
      line = hang;
      empty = true;
    }
    // A single word wider than the line is cut rather than left to overflow.
    const fitted = word.length > width - line.length ? `${word.slice(0, width - line.length - 1)}…` : word;
    line += (empty ? '' : ' ') + fitted;
    empty = false;
  }
  lines.push(line);
  return lines;
}

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toLocaleString('en');
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;

function textLines(report: AuthorReport, point: TextReport, names: Map<string, string>): string[] {
  const lines: string[] = [];
  const nameWidth = Math.min(34, Math.max(...report.issues.map((i) => i.name.length)));
  for (const issue of report.issues) {
    const head = `    ${cut(issue.name, nameWidth).padEnd(nameWidth)}  `;
    const [first = '', ...rest] = wrap(point.labels[issue.id] ?? '', '', '', WIDTH - head.length);
    lines.push(head + first, ...rest.map((r) => ' '.repeat(head.length) + r));
  }
  const points = report.parties
    .map((p) => `${p.name} ${point.points[p.id]!.toFixed(1)} (${signed(point.surplus[p.id]!)})`)
    .join(', ');
  lines.push(...wrap(`points (gain over the walk-away value): ${points}`, '    ', '      '));
  lines.push(
    ...wrap(
      `${point.onFrontier ? 'on the Pareto frontier' : 'not on the Pareto frontier (a text across a red line beats it)'}; the binding constraint is ${names.get(point.binding)}, with the least to spare (${signed(point.surplus[point.binding]!)} points)`,
      '    ',
      '      ',
    ),
  );
  return lines;
}

const sameText = (a: TextReport, b: TextReport) => JSON.stringify(a.text) === JSON.stringify(b.text);

function spreadCell(s: Spread): string {
  const median = Number.isInteger(s.median) ? String(s.median) : s.median.toFixed(1);
  return `${median} (${Math.round(s.nonEmpty * 100)}%)`;
}

function bandLine(band: BandReport): string {
  const who =
    band.band === 'fixedText'
      ? 'best fixed text'
      : band.band === 'careful'
        ? 'careful (player view)'
        : band.band === 'oracle'
          ? 'oracle (told the values)'
          : band.name;
  return `  ${band.status}  ${who.padEnd(26)}${band.bounds.padEnd(14)}${pct(band.rate).padStart(7)}`;
}

/** The report as lines to print; `file` names the scenario, `seconds` the time it took. */
export function formatReport(
  report: AuthorReport,
  options: { file: string; seconds: number; fileWarnings?: readonly string[] },
): string[] {
  const out: string[] = [];
  const names = new Map(report.parties.map((p) => [p.id, p.name]));
  const { textSpace } = report;
  out.push(...wrap(`${report.scenario.title} (${options.file})`));
  for (const warning of options.fileWarnings ?? []) out.push(...warning.split('\n'));
  out.push(
    ...wrap(
      `${num(textSpace.texts)} texts (${report.issues.length} issues of ${report.issues.map((i) => i.options).join(' × ')} options), ${report.parties.length} parties${textSpace.sampled ? `; the analysis examined a sample of ${num(textSpace.examined)}` : ''}${textSpace.large ? '. A large text space: the counter-proposal search and the analysis cost grow with it' : ''}`,
    ),
  );
  out.push('');

  out.push('Zone of agreement');
  out.push(
    ...wrap(
      `By the scenario's nominal values (each walk-away value and weight as written; scheduled events, no chance ones): ${num(report.zone.atWalkAway)} of ${num(report.zone.examined)} texts clear every walk-away value and red line before any event.`,
      '  ',
      '  ',
    ),
  );
  out.push(
    ...wrap(
      `By day, the texts every party would accept after that day's events: "walk-away" at its walk-away value; "alone" at what it demands that day when nobody engaged it (only the calendar's meetings); "engaged" at what it demands fully engaged (engine/demand.ts, without the day-to-day wobble).`,
      '  ',
      '  ',
    ),
  );
  const drawn = report.days.spreadGames > 0;
  if (drawn)
    out.push(
      ...wrap(
        `"drawn": over ${report.days.spreadGames} drawn games (values drawn in their ranges, chance events rolled), the median count and the share of games with at least one such text.`,
        '  ',
        '  ',
      ),
    );
  if (report.days.sampled)
    out.push(`  (counted over an evenly spaced sample of ${num(report.days.texts)} texts)`);
  out.push(
    `  ${'day'.padEnd(12)}${'date'.padEnd(12)}${'walk-away'.padStart(9)}${'alone'.padStart(7)}${'engaged'.padStart(9)}${drawn ? `   ${'drawn: walk-away'.padStart(16)}${'alone'.padStart(12)}${'engaged'.padStart(12)}` : ''}`,
  );
  for (const day of report.days.byDay) {
    const spread = day.spread
      ? `   ${spreadCell(day.spread.atWalkAway).padStart(16)}${spreadCell(day.spread.alone).padStart(12)}${spreadCell(day.spread.engaged).padStart(12)}`
      : '';
    out.push(
      `  ${(day.conference ? 'final day' : `day ${day.day + 1}`).padEnd(12)}${day.date.padEnd(12)}${String(day.atWalkAway).padStart(9)}${String(day.alone).padStart(7)}${String(day.engaged).padStart(9)}${spread}`,
    );
  }
  out.push('');

  out.push(
    `Pareto frontier: ${num(report.frontier.size)} of ${num(textSpace.examined)} texts${textSpace.sampled ? ' (of the sample)' : ''}${report.frontier.examined < textSpace.examined ? `; the search stopped at its work budget after ${num(report.frontier.examined)} texts, so the frontier may be larger` : ''}`,
  );
  if (report.nash) {
    out.push('Nash bargaining text (the acceptable text with the largest product of gains):');
    out.push(...textLines(report, report.nash, names));
  } else out.push('Nash bargaining text: none (no text every party accepts)');
  if (report.kalaiSmorodinsky) {
    if (report.nash && sameText(report.nash, report.kalaiSmorodinsky))
      out.push('Kalai–Smorodinsky text (gains in proportion to each one’s best): the same text.');
    else {
      out.push('Kalai–Smorodinsky text (gains in proportion to each one’s best):');
      out.push(...textLines(report, report.kalaiSmorodinsky, names));
    }
  }
  out.push('');

  out.push(`Whose veto binds (texts at the nominal walk-away values, of ${num(textSpace.examined)})`);
  const nameWidth = Math.min(36, Math.max(10, ...report.parties.map((p) => p.name.length)));
  out.push(
    `  ${'party'.padEnd(nameWidth)}${'refuses'.padStart(9)}${'by red line'.padStart(13)}${'alone rules out'.padStart(17)}`,
  );
  for (const veto of report.vetoes) {
    const mark = veto.party === report.bindingVeto ? '  ← binding veto' : '';
    out.push(
      `  ${cut(names.get(veto.party) ?? veto.party, nameWidth).padEnd(nameWidth)}${String(veto.refuses).padStart(9)}${String(veto.byRedLine).padStart(13)}${String(veto.aloneRulesOut).padStart(17)}${mark}`,
    );
  }
  out.push(...wrap('"alone rules out": texts every other party accepts that this one refuses.', '  ', '  '));
  out.push('');

  const { balance } = report;
  out.push(
    ...wrap(
      `Balance (the census of npm run simulate -- --census: ${balance.games} games per mediator, ${balance.textGames} per fixed text and way, seeds ${balance.seed}..${balance.seed + balance.games - 1} hashed; bands of docs/negotiation-engine.md)`,
    ),
  );
  out.push(`        ${'who'.padEnd(26)}${'band'.padEnd(14)}${'wins'.padStart(7)}`);
  for (const band of balance.bands) {
    out.push(bandLine(band));
    if (band.band === 'fixedText' && band.text)
      out.push(
        ...wrap(
          `${Object.values(band.text).join(' · ')} (${band.atOnce ? 'final meeting called at once' : 'tabled on day 1, left alone'})`,
          '          ',
          '          ',
        ),
      );
  }
  out.push(
    ...wrap(
      `fixed texts played: ${num(balance.textsPlayed)} of ${num(textSpace.texts)}, each tabled to everyone on day 1 and left alone, and each with the final meeting called at once.`,
      '  ',
      '  ',
    ),
  );
  out.push('');

  if (report.warnings.length === 0) out.push('No warnings.');
  else {
    out.push(`Warnings (${report.warnings.length})`);
    for (const warning of report.warnings) out.push(...wrap(warning, '  - ', '    '));
  }
  out.push(`(${options.seconds.toFixed(1)} s)`);
  return out;
}
