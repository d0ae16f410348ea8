import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { restore } from '../platform/resume';
import { makeSave, parseSave } from '../platform/save';
import { loadGeneva } from '../testing/scenarios';
import { resultOf } from './resultOf';
import { rootMachine } from './rootMachine';

const geneva = loadGeneva();
const entry = { id: geneva.meta.id, scenario: geneva };

function onBriefing() {
  const actor = createActor(rootMachine, { input: { soundOn: false, scenarios: [entry], seed: 3 } }).start();
  actor.send({ type: 'boot.loaded' });
  actor.send({ type: 'title.start' });
  return actor;
}

describe('reflection questions', () => {
  it('are answered on the briefing (before) and the outcome (after), and only there', () => {
    const actor = onBriefing();
    expect(actor.getSnapshot().context.run!.reflection).toEqual({ before: [''], after: [''] });
    actor.send({ type: 'reflection.answer', phase: 'before', index: 0, text: 'Iran’s seat' });
    // An after-game answer is not written before the game, and a question the scenario does not ask is refused.
    actor.send({ type: 'reflection.answer', phase: 'after', index: 0, text: 'too soon' });
    actor.send({ type: 'reflection.answer', phase: 'before', index: 5, text: 'no such question' });
    expect(actor.getSnapshot().context.run!.reflection).toEqual({ before: ['Iran’s seat'], after: [''] });
    actor.send({ type: 'briefing.begin' });
    actor.send({ type: 'reflection.answer', phase: 'before', index: 0, text: 'during the game' });
    expect(actor.getSnapshot().context.run!.reflection.before[0]).toBe('Iran’s seat');
  });

  it('go into the result file with their questions, and survive a save', () => {
    const actor = onBriefing();
    actor.send({ type: 'reflection.answer', phase: 'before', index: 0, text: 'The Coalition' });
    actor.send({ type: 'briefing.begin' });
    actor.send({ type: 'move.callConference' });
    actor.send({ type: 'conference.done' });
    expect(actor.getSnapshot().matches('outcome')).toBe(true);
    actor.send({ type: 'reflection.answer', phase: 'after', index: 0, text: 'Consult first.' });
    const run = actor.getSnapshot().context.run!;
    const result = resultOf(run, '2026-12-02')!;
    expect(result.reflection).toEqual({
      before: [{ question: geneva.reflection.before[0], answer: 'The Coalition' }],
      after: [{ question: geneva.reflection.after[0], answer: 'Consult first.' }],
    });
    const read = parseSave(JSON.stringify(makeSave(run, 'outcome', 0, false)));
    if (read.kind !== 'ok') throw new Error('the save should read');
    const restored = restore(read.save, [entry]);
    expect(restored.ok && restored.restored.run.reflection).toEqual(run.reflection);
  });
});
