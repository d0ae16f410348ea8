import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  LESSON_FIGURES,
  minutesFor,
  PACE,
  type Pace,
  type Phase,
  type ScreenCount,
  totalOf,
} from '../e2e/readingPace';

/**
 * `npm run lesson-time`: plays the short Geneva game (on three class codes), the full Geneva game and the full
 * Halvane game in the browser as a careful student (e2e/lessonTime.spec.ts, with LESSON_TIME_ALL=1), then prints
 * how long each takes at reading pace, at the stated pace and at a slower and a quicker one. docs/teaching.md
 * quotes these figures. E2E_PORT chooses the port of the test build, as for any browser test.
 */
const PACES: readonly { label: string; pace: Pace }[] = [
  { label: `${PACE.wordsPerMinute} wpm, ${PACE.secondsPerDecision} s a decision`, pace: PACE },
  { label: '170 wpm, 20 s', pace: { ...PACE, wordsPerMinute: 170 } },
  { label: '200 wpm, 15 s', pace: { ...PACE, secondsPerDecision: 15 } },
];

rmSync(LESSON_FIGURES, { recursive: true, force: true });
const run = spawnSync(
  'npx',
  ['playwright', 'test', 'e2e/lessonTime.spec.ts', '--workers=1', '--reporter=list'],
  {
    stdio: 'inherit',
    env: { ...process.env, LESSON_TIME_ALL: '1' },
    shell: process.platform === 'win32',
  },
);

const games = existsSync(LESSON_FIGURES)
  ? readdirSync(LESSON_FIGURES)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map(
        (f) =>
          JSON.parse(readFileSync(join(LESSON_FIGURES, f), 'utf8')) as {
            name: string;
            screens: ScreenCount[];
          },
      )
  : [];

const minutes = (screens: readonly ScreenCount[], pace: Pace, phase?: Phase) =>
  minutesFor(totalOf(screens, phase), pace).toFixed(1).padStart(5);

console.log(`\nMinutes for a careful student at reading pace (game + debrief = in all):\n`);
for (const { name, screens } of games) {
  const all = totalOf(screens);
  console.log(
    `${name}: ${all.words} words, ${all.decisions} decisions, ${all.charts} charts (debrief: ${totalOf(screens, 'debrief').words} words)`,
  );
  for (const { label, pace } of PACES)
    console.log(
      `  ${label.padEnd(26)} game ${minutes(screens, pace, 'game')}  debrief ${minutes(screens, pace, 'debrief')}  in all ${minutes(screens, pace)}`,
    );
}
if (games.length === 0) console.error('No figures were written: see the test output above.');
process.exit(run.status ?? 1);
