import { describe, expect, it } from 'vitest';
import { compileRules, initialState } from '../engine/game';
import { begin, table } from '../engine/moves';
import { loadGeneva } from '../testing/scenarios';
import { delegationPolicy } from './delegationPolicy';
import { explainAnswer } from './reasons';

const scenario = loadGeneva();
const rules = compileRules(scenario);

describe('why a delegation said no, in its own words', () => {
  it('Lavrov rejects a text without Iran, citing Russia’s insistence on Iran as a formal participant', () => {
    const state = begin(rules, initialState(rules, 3)).state;
    const text = [2, 2, 2, 0, 0]; // not invited, no preconditions, transition timetable, Coalition only, 22 January
    const result = table(rules, state, [0], text, delegationPolicy);
    if (!result.ok || result.reports[0]?.kind !== 'table') throw new Error('expected answers');
    const answer = result.reports[0].answers[0]!.answer;
    expect(answer.kind).not.toBe('accept');
    const why = explainAnswer(scenario, 0, text, answer);
    expect(why.speaker).toBe('Sergei Lavrov');
    expect(why.reasons[0]).toMatchObject({
      issueName: "Iran's role at the conference",
      optionLabel: 'Iran is not invited',
      cost: 30,
    });
    expect(why.reasons[0]!.evidence).toEqual({
      source: 'moscow-times-2014-01-12',
      quote: 'with Russia insisting Tehran should be a formal participant in Geneva 2',
    });
  });

  it('a red line is named with its evidence, and a counter-proposal lists the changes asked', () => {
    const state = begin(rules, initialState(rules, 3)).state;
    const text = [1, 1, 0, 0, 0]; // guarantees: none — the Coalition's red line
    const result = table(rules, state, [2], text, delegationPolicy);
    if (!result.ok || result.reports[0]?.kind !== 'table') throw new Error('expected answers');
    const why = explainAnswer(scenario, 2, text, result.reports[0].answers[0]!.answer);
    expect(why.speaker).toBe('Ahmad al-Jarba');
    expect(why.redLine?.optionLabel).toBe('No guarantees');
    expect(why.redLine?.evidence.quote).toContain('We do not need Geneva 2');
    expect(why.changes.some((c) => c.issueName === 'Guarantees for the opposition')).toBe(true);
  });
});
