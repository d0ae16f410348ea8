import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { classGameOf, resultText, studentResult } from '../../testing/classResults';
import { loadFixture } from '../../testing/scenarios';
import { rootMachine } from '../rootMachine';
import { NEUTRAL_STRINGS } from '../strings';
import { classViewOfDesk, MOST_FILES, summaryOf } from './classDesk';

const fixture = loadFixture();
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
    actor.send({ type: 'teacher.results.add', files });
    expect(desk().files.map((f) => f.verdict.kind)).toEqual(['played', 'played', 'played']);
    actor.send({ type: 'teacher.results.add', files: [...files, { name: 'big.json', text: null }] });
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
    actor.send({ type: 'teacher.results.add', files });
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
    actor.send({ type: 'teacher.results.add', files: [{ name: 'bad.json', text: '{' }] });
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
    actor.send({ type: 'teacher.results.add', files: many });
    expect(desk().files).toHaveLength(MOST_FILES + 1);
    expect(desk().files.at(-1)!.verdict).toEqual({
      kind: 'unreadable',
      problem: NEUTRAL_STRINGS.classResults.tooMany(MOST_FILES),
    });
  });
});
