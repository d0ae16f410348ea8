import { describe, expect, it } from 'vitest';
import { classGameOf, resultText, studentResult } from '../../testing/classResults';
import { loadFixture, loadShipped } from '../../testing/scenarios';
import { makeClassCode } from '../classCode';
import type { ResultFile } from '../resultFile';
import { NEUTRAL_STRINGS } from '../strings';
import { classViewOf, type ReadFile } from './classResults';
import { readResultFile } from './parseResults';

const fixture = loadFixture();
const geneva = loadShipped('geneva-2-2014.yaml');
const words = NEUTRAL_STRINGS.result;
const game = classGameOf(fixture, 1234);
const otherClass = classGameOf(fixture, 999);
const genevaGame = classGameOf(geneva, 77, 'short');
const scenarios = [game.entry, genevaGame.entry];
const names = ['Amina', 'Ben', 'Chloé', 'Dara', 'Eli', 'Farah'];
const results = names.map((name, i) => studentResult(game, name, i));

const read = (name: string, result: ResultFile | string | null) =>
  readResultFile(
    { name, text: result === null || typeof result === 'string' ? result : resultText(result) },
    scenarios,
    words,
  );

describe('reading a class’s result files', () => {
  it('replays every honest file to its stated outcome and counts it, with the days and moves it used', () => {
    const files = results.map((r, i) => read(`${names[i]}.json`, r));
    for (const [i, file] of files.entries()) {
      expect(file.verdict).toMatchObject({ kind: 'played', entryId: fixture.meta.id });
      if (file.verdict.kind !== 'played') continue;
      const r = results[i]!;
      expect(file.verdict.moves).toBe(
        r.moves.filter((m) => m.type !== 'endDay' && m.type !== 'reply').length,
      );
      expect(file.verdict.days).toBe(r.moves.filter((m) => m.type === 'endDay').length);
    }
    const view = classViewOf(files, null, scenarios);
    expect(view.groups).toHaveLength(1);
    expect(view.shown?.members).toEqual([0, 1, 2, 3, 4, 5]);
    expect(view.flagged).toEqual([]);
  });

  it('refuses a damaged, foreign or oversized file with a message naming what is wrong, and counts the rest', () => {
    const files = [
      read('amina.json', results[0]!),
      read('cut.json', resultText(results[1]!).slice(0, 300)),
      read('essay.docx', 'PK\u0003\u0004 binary'),
      read('huge.json', null),
      read('seed.json', resultText({ ...results[2]!, seed: 'seven' as never })),
    ];
    const view = classViewOf(files, null, scenarios);
    expect(view.shown?.members).toEqual([0]);
    expect(view.flagged.map((f) => [f.name, f.flag])).toEqual([
      ['cut.json', { kind: 'unreadable', problem: words.notJson }],
      ['essay.docx', { kind: 'unreadable', problem: words.notJson }],
      ['huge.json', { kind: 'unreadable', problem: words.tooLarge }],
      ['seed.json', { kind: 'unreadable', problem: expect.stringMatching(/damaged at seed/) }],
    ]);
  });

  it('flags a file whose moves do not give its stated outcome as altered, whatever was changed', () => {
    const honest = results[0]!;
    const [party] = fixture.parties.map((p) => p.id);
    const boosted = { ...honest, utilities: { ...honest.utilities, [party!]: 99 } };
    const dealt = { ...honest, outcome: { ...honest.outcome, deal: !honest.outcome.deal } };
    const cut = { ...honest, moves: honest.moves.slice(0, 3) };
    const impossible = {
      ...honest,
      moves: [{ type: 'consult' as const, party: 'atlantis' }, ...honest.moves],
    };
    const recoded = { ...honest, classCode: otherClass.code };
    const verdicts = [boosted, dealt, cut, impossible, recoded].map((r) => read('x.json', r).verdict);
    expect(verdicts).toEqual([
      { kind: 'altered', why: { kind: 'outcome' } },
      { kind: 'altered', why: { kind: 'outcome' } },
      { kind: 'altered', why: { kind: 'unfinished' } },
      { kind: 'altered', why: { kind: 'replay', reason: 'move 1 (consult): the rules no longer allow it' } },
      { kind: 'altered', why: { kind: 'code' } },
    ]);
  });

  it('keeps another class, another scenario and another version out of the figures, and says which', () => {
    const theirs = studentResult(otherClass, 'Gil', 0);
    const genevan = studentResult(genevaGame, 'Hana', 0);
    const files: ReadFile[] = [
      ...results.slice(0, 3).map((r, i) => read(`${names[i]}.json`, r)),
      read('gil.json', theirs),
      read('hana.json', genevan),
      read('old.json', { ...results[3]!, scenario: { ...results[3]!.scenario, digest: '0badc0de' } }),
      read('atlantis.json', {
        ...results[4]!,
        scenario: { id: 'atlantis', title: 'Atlantis', digest: '12345678' },
      }),
    ];
    const view = classViewOf(files, null, scenarios);
    expect(view.groups.map((g) => g.members.length)).toEqual([3, 1, 1]);
    expect(view.shown?.classCode).toBe(game.code);
    expect(view.flagged.map((f) => [f.student, f.flag])).toEqual([
      ['Gil', { kind: 'otherClass', code: otherClass.code }],
      ['Hana', { kind: 'otherScenario', title: geneva.meta.title }],
      ['Dara', { kind: 'otherVersion', title: fixture.meta.title }],
      ['Eli', { kind: 'unknownScenario', title: 'Atlantis' }],
    ]);
    // The teacher may look at the other class instead: then the first class is the one left out.
    const theirView = classViewOf(files, view.groups[1]!.key, scenarios);
    expect(theirView.shown?.members).toEqual([3]);
    expect(theirView.flagged.slice(0, 3).map((f) => f.flag)).toEqual(
      Array(3).fill({ kind: 'otherClass', code: game.code }),
    );
  });

  it('counts the same student’s same game once, naming the file it repeats', () => {
    const files = [
      read('amina.json', results[0]!),
      read('ben.json', results[1]!),
      read('amina (1).json', { ...results[0]!, date: '2026-03-11' }),
      // The same name with another game is another attempt, and counts.
      read('amina-again.json', { ...results[2]!, student: 'amina ' }),
    ];
    const view = classViewOf(files, null, scenarios);
    expect(view.shown?.members).toEqual([0, 1, 3]);
    expect(view.flagged).toEqual([
      { index: 2, name: 'amina (1).json', student: 'Amina', flag: { kind: 'duplicate', of: 'amina.json' } },
    ]);
  });

  it('counts the results of a scenario opened from a file under a shipped scenario’s id, as the file lists it', () => {
    // The teacher's edited Geneva, opened from disk: listed as "geneva-2-2014 (file)", its files name its meta.id.
    const edited = { ...geneva, meta: { ...geneva.meta, title: 'Geneva II, our version' } };
    const entry = { id: `${geneva.meta.id} (file)`, scenario: edited, fromFile: 'geneva.yaml' };
    const ours = makeClassCode(entry, 55, 'short');
    const catalog = [{ id: geneva.meta.id, scenario: geneva }, entry];
    const files = ['Ines', 'Jo'].map((name, i) =>
      readResultFile({ name, text: resultText(studentResult(ours, name, i)) }, catalog, words),
    );
    expect(files.map((f) => f.verdict)).toEqual([
      expect.objectContaining({ kind: 'played', entryId: entry.id }),
      expect.objectContaining({ kind: 'played', entryId: entry.id }),
    ]);
    const view = classViewOf(files, null, catalog);
    expect(view.shown?.entry).toBe(entry);
    expect(view.shown?.members).toEqual([0, 1]);
    expect(view.flagged).toEqual([]);
    // Without the file opened, the shipped Geneva is known: another version of its text, not an unknown scenario.
    expect(
      readResultFile(
        { name: 'Ines', text: resultText(studentResult(ours, 'Ines', 0)) },
        catalog.slice(0, 1),
        words,
      ).verdict,
    ).toEqual({ kind: 'otherVersion' });
  });
});
