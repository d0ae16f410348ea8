import { describe, expect, it } from 'vitest';
import { compileRules, type GameState, initialState } from '../engine/game';
import { begin, endDay, table } from '../engine/moves';
import { loadFixture } from '../testing/scenarios';
import { delegationPolicy } from './delegationPolicy';
import { explainAnswer } from './reasons';

// The three-valley fixture; see src/testing/fixtureScenario.ts for the numbers.
const scenario = loadFixture();
const rules = compileRules(scenario);

function answerOf(state: GameState, party: number, text: number[]) {
  const result = table(rules, state, [party], text, delegationPolicy);
  if (!result.ok || result.reports[0]?.kind !== 'table') throw new Error('expected answers');
  return result.reports[0].answers[0]!.answer;
}

describe('why a delegation said no, in its own words', () => {
  it('upper refuses a text without a dam, and names the dam first, with the quote behind it', () => {
    const state = begin(rules, initialState(rules, 3)).state;
    // Worth 0 + 35 + 12.5 = 47.5 to upper, below its walk-away of 60: no target can accept it.
    const text = [0, 1, 1]; // no dam, shared water, joint monitors
    const answer = answerOf(state, 0, text);
    expect(answer.kind).not.toBe('accept');
    const why = explainAnswer(scenario, 0, text, answer);
    expect(why.speaker).toBe('Ana Upton');
    // Cost = weight × (best points − these points): dam ¼ × 100, water ½ × 30, monitors ¼ × 50.
    expect(why.reasons.map((r) => [r.issueName, r.optionLabel, r.cost])).toEqual([
      ['The dam', 'No dam', 25],
      ['Water in a dry summer', 'Shared by quota', 15],
      ['Monitoring', 'Joint monitors', 12.5],
    ]);
    expect(why.reasons[0]!.evidence).toEqual({
      source: 'gazette',
      quote: 'A valley without a dam is a valley without a future.',
    });
    expect(why.reasons[0]!.weightEvidence).toEqual({ inferred: 'the dam is built on its land' });
  });

  it('a red line is named with its evidence, and a counter-proposal lists the changes asked', () => {
    let state = begin(rules, initialState(rules, 3)).state;
    // On day 5 of 6 lower (linear, walk-away 50) asks for about 58: fixing the monitors alone gives it 80.
    for (let day = 0; day < 5; day++) state = endDay(rules, state).state;
    const text = [1, 1, 0]; // small dam, shared water, no monitors
    const answer = answerOf(state, 2, text);
    expect(answer).toMatchObject({ kind: 'reject', redLine: { issue: 2, option: 0 }, counter: [1, 1, 1] });
    const why = explainAnswer(scenario, 2, text, answer);
    expect(why.speaker).toBe('Cleo Lowe');
    expect(why.redLine).toEqual({
      issueName: 'Monitoring',
      optionLabel: 'No monitors',
      evidence: { source: 'radio', quote: 'We will not sign anything nobody can check.' },
    });
    expect(why.changes).toEqual([
      { issueId: 'monitors', issueName: 'Monitoring', from: 'No monitors', to: 'Joint monitors' },
    ]);
  });
});
