import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../agents/mediators/builtIn';
import { classGameOf, opening, resultText, studentResult } from '../../testing/classResults';
import { loadFixture, loadShipped } from '../../testing/scenarios';
import type { ResultFile } from '../resultFile';
import { NEUTRAL_STRINGS } from '../strings';
import { classViewOf } from './classResults';
import { type ClassSummary, OPENING_MOVES, spreadOf, summariseClass } from './classSummary';
import { readResultFile } from './parseResults';

const fixture = loadFixture();
const game = classGameOf(fixture, 1234);

function summaryOf(results: readonly ResultFile[], entry = game.entry): ClassSummary {
  const files = results.map((r, i) =>
    readResultFile({ name: `${i}.json`, text: resultText(r) }, [entry], NEUTRAL_STRINGS.result),
  );
  const view = classViewOf(files, null, [entry]);
  return summariseClass(view.shown!, files);
}

const results = ['Amina', 'Ben', 'Chloé', 'Dara', 'Eli'].map((name, i) => studentResult(game, name, i));
const ids = fixture.parties.map((p) => p.id);

describe('the class’s figures', () => {
  it('say who brought everyone, who came for each party, and each student’s points', () => {
    const summary = summaryOf(results);
    expect(summary.students.map((s) => s.student)).toEqual(['Amina', 'Ben', 'Chloé', 'Dara', 'Eli']);
    expect(summary.deals).toBe(results.filter((r) => r.outcome.deal).length);
    expect(summary.attendance).toEqual(ids.map((id) => results.filter((r) => r.outcome.attends[id]).length));
    for (const [p, id] of ids.entries()) {
      const points = results.map((r) => r.utilities[id]!);
      expect(summary.points[p]).toEqual({
        min: Math.min(...points),
        median: [...points].sort((a, b) => a - b)[2],
        max: Math.max(...points),
        values: points,
      });
    }
  });

  it('give the middle of an even count as the mean of the two middle values', () => {
    expect(spreadOf([4, 1, 3, 10])).toEqual({ min: 1, median: 3.5, max: 10, values: [4, 1, 3, 10] });
    expect(spreadOf([]).median).toBe(0);
  });

  it('count the days and actions each student used: a meeting called early uses fewer days', () => {
    const early = studentResult(
      game,
      'Gil',
      0,
      undefined,
      opening(
        [{ type: 'consult', party: ids[0]! }, { type: 'endDay' }, { type: 'callConference' }],
        BUILT_IN.careful!,
      ),
    );
    const summary = summaryOf([results[0]!, early]);
    expect(summary.students.map((s) => [s.days, s.moves])).toEqual([
      [results[0]!.moves.filter((m) => m.type === 'endDay').length, expect.any(Number)],
      [2, 1],
    ]);
    expect(summary.days.min).toBe(2);
  });

  it('list the most common openings first, as move types and parties', () => {
    const summary = summaryOf(results);
    const total = summary.openings.reduce((n, o) => n + o.students.length, 0);
    expect(total).toBe(results.length);
    const counts = summary.openings.map((o) => o.students.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const o of summary.openings) {
      expect(o.moves.length).toBeLessThanOrEqual(OPENING_MOVES);
      // Every student in the studentMediator class opens by consulting someone.
      expect(o.moves[0]).toMatchObject({ type: 'consult', parties: [expect.any(Number)] });
    }
    // Two students who open alike are counted together.
    const same = summaryOf([results[0]!, { ...results[0]!, student: 'Twin' }, results[1]!]);
    expect(same.openings[0]!.students).toEqual([0, 1]);
  });

  it('set every student’s reflection answers side by side, question by question', () => {
    const asked = (r: ResultFile, before: string, after: string | null): ResultFile => ({
      ...r,
      reflection: {
        before: [{ question: 'Who matters most?', answer: before }],
        after: after === null ? [] : [{ question: 'Who matters most?', answer: after }],
      },
    });
    const summary = summaryOf([
      asked(results[0]!, 'The Upper valley', 'All three'),
      results[1]!,
      asked(results[2]!, 'The river', null),
    ]);
    expect(summary.reflection).toEqual([
      {
        question: 'Who matters most?',
        before: ['The Upper valley', null, 'The river'],
        after: ['All three', null, null],
      },
    ]);
  });

  it('place the Nash point of the game as dealt, and for a historical scenario what really happened', () => {
    const geneva = loadShipped('geneva-2-2014.yaml');
    const short = classGameOf(geneva, 77, 'short');
    const summary = summaryOf([studentResult(short, 'Ines', 0)], short.entry);
    expect(summary.scenario.calendar.lastDay).toBe(geneva.calendar.short!.lastDay);
    expect(summary.reference.nash).toHaveLength(geneva.parties.length);
    expect(summary.reference.actual).toHaveLength(geneva.parties.length);
    expect(summary.reference.frontier.length).toBeGreaterThan(0);
    expect(summary.reference.walkAways.every((w) => w > 0 && w < 100)).toBe(true);
    // A fictional scenario has no real outcome to set beside the class's.
    const halvane = loadShipped('halvane-basin-2041.yaml');
    const fictional = classGameOf(halvane, 5, 'short');
    const invented = summaryOf([studentResult(fictional, 'Jo', 0)], fictional.entry);
    expect(invented.reference.nash).toHaveLength(halvane.parties.length);
    expect(invented.reference.actual).toBeNull();
  });
});
