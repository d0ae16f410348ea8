import { describe, expect, it } from 'vitest';
import { minutesFor, newWords, totalOf, wordsIn } from '../e2e/readingPace';

describe('reading pace (e2e/readingPace.ts, the arithmetic of npm run lesson-time)', () => {
  it('counts words, not marks or numbers’ punctuation', () => {
    expect(wordsIn('Russia · open (64) — “Agreed.” ❝')).toBe(4);
    expect(wordsIn('   ')).toBe(0);
  });

  it('charges a line the first time it is shown, a changed line again, and the same line twice only when shown twice', () => {
    const seen = new Map<string, number>();
    expect(newWords(['3 of 3 actions left today', 'The negotiating text'], seen)).toBe(9);
    // The day goes on: only the changed count is read again.
    expect(newWords(['2 of 3 actions left today', 'The negotiating text'], seen)).toBe(6);
    // Back to a screen already read: nothing new.
    expect(newWords(['3 of 3 actions left today', 'The negotiating text'], seen)).toBe(0);
    // Two cards now say the same: the second is read too.
    expect(newWords(['No text tabled to them yet.', 'No text tabled to them yet.'], seen)).toBe(12);
    expect(newWords(['No text tabled to them yet.'], seen)).toBe(0);
  });

  it('turns counts into minutes at the stated pace', () => {
    const pace = { wordsPerMinute: 200, secondsPerDecision: 20, secondsPerChart: 30, secondsPerAnswer: 60 };
    expect(minutesFor({ words: 2000, decisions: 15, charts: 2, answers: 2 }, pace)).toBe(10 + 5 + 1 + 2);
    const screens = [
      { screen: 'briefing', phase: 'game' as const, words: 300, decisions: 0, charts: 0, answers: 1 },
      { screen: 'the debrief', phase: 'debrief' as const, words: 1000, decisions: 0, charts: 3, answers: 0 },
      { screen: 'day 1', phase: 'game' as const, words: 100, decisions: 3, charts: 0, answers: 0 },
      { screen: 'the rest', phase: 'further' as const, words: 900, decisions: 0, charts: 2, answers: 0 },
    ];
    expect(totalOf(screens, 'game')).toEqual({ words: 400, decisions: 3, charts: 0, answers: 1 });
    // What the student reads alone: the class's part (further) is counted only when asked for.
    expect(totalOf(screens)).toEqual({ words: 1400, decisions: 3, charts: 3, answers: 1 });
    expect(totalOf(screens, 'further')).toEqual({ words: 900, decisions: 0, charts: 2, answers: 0 });
  });
});
