import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { type LessonGame, playLesson } from './lessonPlay';
import {
  LESSON_FIGURES,
  minutesFor,
  PACE,
  type Phase,
  ReadingLog,
  type ScreenCount,
  totalOf,
} from './readingPace';

/**
 * How long a lesson takes at reading pace (e2e/readingPace.ts): a careful student's game from the title to the end
 * of the debrief, its words counted screen by screen. The short Geneva game runs on every `npm test`; the full games
 * only for `npm run lesson-time` (LESSON_TIME_ALL=1), which also prints the figures docs/teaching.md quotes.
 */
const LESSON_MINUTES = 25;

const GAMES: readonly (LessonGame & { name: string; always: boolean })[] = [
  { name: 'Geneva, short game', scenario: /^Geneva II/, length: 'short', seed: 11, always: true },
  // Other class codes: other hidden values, other answers, another length of game.
  {
    name: 'Geneva, short game, another code',
    scenario: /^Geneva II/,
    length: 'short',
    seed: 3,
    always: false,
  },
  {
    name: 'Geneva, short game, a third code',
    scenario: /^Geneva II/,
    length: 'short',
    seed: 7,
    always: false,
  },
  { name: 'Geneva, full game', scenario: /^Geneva II/, length: 'full', seed: 11, always: false },
  { name: 'Halvane, full game', scenario: /^The Halvane Accord/, length: 'full', seed: 2, always: false },
];

function summary(name: string, screens: readonly ScreenCount[]): string {
  const line = (label: string, phase?: Phase) => {
    const counts = totalOf(screens, phase);
    return `  ${label}: ${minutesFor(counts).toFixed(1)} min (${counts.words} words, ${counts.decisions} decisions, ${counts.charts} charts, ${counts.answers} written answers)`;
  };
  const further = screens.some((s) => s.phase === 'further')
    ? [line('the debrief’s other sections, read with the class', 'further')]
    : [];
  return [name, line('game', 'game'), line('debrief', 'debrief'), line('in all'), ...further].join('\n');
}

// A trace of hundreds of steps would cost more than the game (a minute, not twenty seconds); the failure says
// the figures, and the attachment has them screen by screen.
test.use({ trace: 'off' });

test.describe('a lesson at reading pace', () => {
  for (const [index, game] of GAMES.entries()) {
    test(`${game.name}: from the title to the end of the debrief`, async ({ page }) => {
      test.skip(!game.always && !process.env.LESSON_TIME_ALL, 'npm run lesson-time plays the full games');
      test.setTimeout(game.always ? 90_000 : 240_000);
      const log = new ReadingLog(page);
      await playLesson(page, log, game);
      const screens = log.screens;
      const figures = `${JSON.stringify({ name: game.name, pace: PACE, screens }, null, 2)}\n`;
      mkdirSync(LESSON_FIGURES, { recursive: true });
      const file = `${index}-${game.name.replace(/\W+/g, '-').toLowerCase()}.json`;
      writeFileSync(join(LESSON_FIGURES, file), figures);
      await test.info().attach('screen by screen', { body: figures, contentType: 'application/json' });
      const said = summary(game.name, screens);
      console.log(said);

      // The count covered what a student reads: the briefing, each day's answers, the whole debrief.
      const words = (screen: string) => screens.find((s) => s.screen === screen)?.words ?? 0;
      expect(words('briefing')).toBeGreaterThan(200);
      expect(screens.filter((s) => s.screen.endsWith('the answers')).length).toBeGreaterThanOrEqual(2);
      expect(words('the debrief as it opens') + words('the debrief, every section open')).toBeGreaterThan(
        800,
      );
      // Every shipped scenario asks reflection questions, and writing the answers takes time too.
      expect(totalOf(screens).answers).toBeGreaterThan(0);
      // The measure of a lesson that fits: the short game and its debrief in 25 minutes.
      if (game.length === 'short')
        expect(minutesFor(totalOf(screens)), said).toBeLessThanOrEqual(LESSON_MINUTES);
    });
  }
});
