import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadScenario } from '../../scenario/loader';
import { classGameOf, resultText, studentResult } from '../../testing/classResults';
import { loadFixture } from '../../testing/scenarios';
import { wordIdsText } from '../../testing/wordIds';
import { fileOpened } from '../fileOpened';
import { rootMachine } from '../rootMachine';
import { NEUTRAL_STRINGS } from '../strings';
import { classViewOfDesk, MOST_FILES, summaryOf } from './classDesk';
import { parsedSources } from './parseResults';

const fixture = loadFixture();
const loaded = loadScenario(wordIdsText(), 'valleys.yaml');
if (!loaded.ok) throw new Error('the word-id valleys should load');
const wordIds = loaded.scenario;
const game = classGameOf(fixture, 1234);
const results = ['Amina', 'Ben', 'Chloé'].map((name, i) => studentResult(game, name, i));
const files = results.map((r, i) => ({ name: `${i}.json`, text: resultText(r) }));

function teacherOnClassTab() {
  const actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: [game.entry], seed: 1 },
  }).start();
  actor.send({ type: 'boot.loaded' });
  actor.send({ type: 'teacher.open', tab: 'class' });
  const desk = () => actor.getSnapshot().context.teacher!.results;
  return { actor, desk };
}

describe('the class results on the teacher’s page', () => {
  it('keeps the files opened, and opening the same files again adds nothing', () => {
    const { actor, desk } = teacherOnClassTab();
    actor.send({ type: 'teacher.results.add', files: parsedSources(files) });
    expect(desk().files.map((f) => f.verdict.kind)).toEqual(['played', 'played', 'played']);
    actor.send({
      type: 'teacher.results.add',
      files: parsedSources([...files, { name: 'big.json', text: null }]),
    });
    expect(desk().files.map((f) => f.name)).toEqual(['0.json', '1.json', '2.json', 'big.json']);
    expect(desk().files[3]!.verdict).toEqual({
      kind: 'unreadable',
      problem: NEUTRAL_STRINGS.result.tooLarge,
    });
    const view = classViewOfDesk(desk(), [game.entry]);
    expect(summaryOf(view)?.students).toHaveLength(3);
    // The same desk gives the same figures, worked out once.
    expect(summaryOf(classViewOfDesk(desk(), [game.entry]))).toBe(summaryOf(view));
    actor.send({ type: 'teacher.results.clear' });
    expect(desk().files).toEqual([]);
  });

  it('replays a student’s game step by step within its first and last steps', () => {
    const { actor, desk } = teacherOnClassTab();
    actor.send({ type: 'teacher.results.add', files: parsedSources(files) });
    actor.send({ type: 'teacher.replay.open', file: 1 });
    expect(desk().replay).toEqual({ file: 1, step: 0 });
    actor.send({ type: 'teacher.replay.step', step: 3 });
    expect(desk().replay).toEqual({ file: 1, step: 3 });
    actor.send({ type: 'teacher.replay.step', step: 1e9 });
    const last = desk().files[1]!.verdict;
    expect(last.kind === 'played' && desk().replay?.step === last.steps).toBe(true);
    actor.send({ type: 'teacher.replay.step', step: -5 });
    expect(desk().replay?.step).toBe(0);
    actor.send({ type: 'teacher.replay.close' });
    expect(desk().replay).toBeNull();
    // Only a counted game replays.
    actor.send({ type: 'teacher.results.add', files: parsedSources([{ name: 'bad.json', text: '{' }]) });
    actor.send({ type: 'teacher.replay.open', file: 3 });
    expect(desk().replay).toBeNull();
  });

  it('takes two different parties for the chart’s axes, and refuses a folder far larger than a class', () => {
    const { actor, desk } = teacherOnClassTab();
    actor.send({ type: 'teacher.results.axes', x: 2, y: 0 });
    expect(desk().axes).toEqual([2, 0]);
    actor.send({ type: 'teacher.results.axes', x: 1, y: 1 });
    actor.send({ type: 'teacher.results.axes', x: -1, y: 0.5 });
    expect(desk().axes).toEqual([2, 0]);
    const many = Array.from({ length: MOST_FILES + 5 }, (_, i) => ({ name: `${i}.json`, text: 'x' }));
    actor.send({ type: 'teacher.results.add', files: parsedSources(many) });
    expect(desk().files).toHaveLength(MOST_FILES + 1);
    const tooMany = { kind: 'unreadable', problem: NEUTRAL_STRINGS.classResults.tooMany(MOST_FILES) };
    expect(desk().files.at(-1)!.verdict).toEqual(tooMany);
    // Said once, however often the teacher picks more.
    actor.send({ type: 'teacher.results.add', files: parsedSources([{ name: 'more.json', text: 'y' }]) });
    actor.send({ type: 'teacher.results.add', files: parsedSources(many) });
    expect(desk().files).toHaveLength(MOST_FILES + 1);
    expect(desk().files.filter((f) => JSON.stringify(f.verdict) === JSON.stringify(tooMany))).toHaveLength(1);
  });

  it('lists a damaged or oversized file once when the same folder is picked again, but another by its name twice', () => {
    const { actor, desk } = teacherOnClassTab();
    const folder = [
      ...files,
      { name: 'cut.json', text: '{"format":' },
      { name: 'essay.docx', text: 'PK\u0003\u0004' },
      { name: 'big.json', text: null },
    ];
    actor.send({ type: 'teacher.results.add', files: parsedSources(folder) });
    actor.send({ type: 'teacher.results.add', files: parsedSources(folder) });
    expect(desk().files.map((f) => f.name)).toEqual([
      '0.json',
      '1.json',
      '2.json',
      'cut.json',
      'essay.docx',
      'big.json',
    ]);
    // The same name with another text is another file (another student's, from another folder).
    actor.send({
      type: 'teacher.results.add',
      files: parsedSources([{ name: 'cut.json', text: '{"format":"x' }]),
    });
    expect(
      desk()
        .files.map((f) => f.name)
        .filter((n) => n === 'cut.json'),
    ).toHaveLength(2);
  });

  it('keeps the results opened when the teacher goes to the title and back, and counts a file’s once it is opened', () => {
    const { actor, desk } = teacherOnClassTab();
    // Three students played the teacher's own version, opened from a file the page has not got yet.
    const ours = classGameOf(wordIds, 77);
    const theirs = ['Dara', 'Eli', 'Farah'].map((name, i) => studentResult(ours, name, i));
    actor.send({
      type: 'teacher.results.add',
      files: parsedSources([
        ...files,
        ...theirs.map((r, i) => ({ name: `ours-${i}.json`, text: resultText(r) })),
      ]),
    });
    actor.send({
      type: 'teacher.results.group',
      group: classViewOfDesk(desk(), [game.entry]).groups[0]!.key,
    });
    const code = actor.getSnapshot().context.teacher!.game!.code;
    expect(desk().files.map((f) => f.verdict.kind)).toEqual([
      ...Array(3).fill('played'),
      ...Array(3).fill('unknownScenario'),
    ]);
    // Escape's event, or the "Back" button: the title.
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send(fileOpened({ fileName: 'valleys.yaml', text: wordIdsText() }));
    actor.send({ type: 'teacher.open' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('teacher');
    // As left: the same tab, scenario and code; the files all there, the teacher's now counted.
    expect(snapshot.context.teacher).toMatchObject({
      tab: 'class',
      scenarioId: game.entry.id,
      game: { code },
    });
    expect(desk().files.map((f) => f.verdict.kind)).toEqual(Array(6).fill('played'));
    const view = classViewOfDesk(desk(), snapshot.context.scenarios);
    expect(view.groups.map((g) => g.members.length)).toEqual([3, 3]);
    expect(view.shown?.entry.scenario.meta.id).toBe(fixture.meta.id);
  });
});
