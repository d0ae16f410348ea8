import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/scenarios';
import { playMove, startRun } from './run';
import { teachingPrompt } from './teaching';

const fixture = loadFixture();
const PROMPTS = [
  { say: 'Consult someone.', until: 'consult' as const },
  { say: 'Make a statement.', until: 'statement' as const },
  { say: 'End the day.', until: 'endDay' as const },
];
const party = fixture.parties[0]!.id;

function run(teaching = PROMPTS) {
  return startRun({ id: 'fixture', scenario: { ...fixture, teaching } }, 3, [], 0);
}

describe('the first day teaches by doing', () => {
  it('shows the prompts one at a time, each until its move is made', () => {
    let r = run();
    expect(teachingPrompt(r)).toEqual({ say: 'Consult someone.', step: 1, of: 3 });
    r = playMove(r, { type: 'consult', party })!;
    expect(teachingPrompt(r)).toEqual({ say: 'Make a statement.', step: 2, of: 3 });
    r = playMove(r, { type: 'statement' })!;
    expect(teachingPrompt(r)?.step).toBe(3);
    r = playMove(r, { type: 'endDay' })!;
    expect(teachingPrompt(r)).toBeNull();
  });

  it('passes over a prompt whose move the player already made', () => {
    let r = run();
    r = playMove(r, { type: 'statement' })!;
    expect(teachingPrompt(r)?.step).toBe(1);
    r = playMove(r, { type: 'consult', party })!;
    expect(teachingPrompt(r)?.say).toBe('End the day.');
  });

  it('shows nothing for a scenario that has no prompts', () => {
    expect(teachingPrompt(run([]))).toBeNull();
  });
});
