import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * How long a lesson takes a student, estimated from what the game shows and asks, not from a stopwatch: the words a
 * student reads at a stated reading speed, plus a stated thinking time for each decision and each chart.
 *
 * - Reading: 200 words a minute. Brysbaert (2019, "How many words do we read per minute? A review and meta-analysis
 *   of reading rate", Journal of Memory and Language 109, 104047) puts adults' silent reading of non-fiction at 238
 *   words a minute; secondary-school students read more slowly (US national samples: a median of 195 at 17, NAEP
 *   1972; 168–175 in grades 9–12 on grade-level passages, Spichtig et al. 2016, Reading Research Quarterly 51(2)),
 *   so 200 is a good reader of 15–17, and a slower class takes longer: `npm run lesson-time` also reports 170.
 * - Thinking: 20 seconds a decision (a consultation, a press, a reassurance, each clause changed in a draft,
 *   tabling, ending a day early), the top of 15–20 seconds a move, since the count below does not charge for
 *   looking again at what is already on screen.
 * - A chart: 30 seconds to read its axes and find one's own text on it; its labels are not counted as words.
 */
export interface Pace {
  readonly wordsPerMinute: number;
  readonly secondsPerDecision: number;
  readonly secondsPerChart: number;
  readonly secondsPerAnswer: number;
}

export const PACE: Pace = {
  wordsPerMinute: 200,
  secondsPerDecision: 20,
  secondsPerChart: 30,
  // A reflection answer of a sentence or two (about 20 words) at a student's typing pace, with its thought.
  secondsPerAnswer: 60,
};

/** Where e2e/lessonTime.spec.ts writes each game's counts, for `npm run lesson-time` to print. */
export const LESSON_FIGURES = join(import.meta.dirname, '..', 'test-results', 'lesson-time');

/** The part of a lesson a screen belongs to: the game (title to outcome) or the debrief. */
export type Phase = 'game' | 'debrief' | 'further';

export interface ScreenCount {
  readonly screen: string;
  readonly phase: Phase;
  readonly words: number;
  readonly decisions: number;
  readonly charts: number;
  readonly answers: number;
}

export interface Counts {
  readonly words: number;
  readonly decisions: number;
  readonly charts: number;
  readonly answers: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** The words in a line of text: runs between spaces that hold a letter or a digit ("—" and "·" are not words). */
export function wordsIn(line: string): number {
  return line.split(/\s+/).filter((token) => WORD.test(token)).length;
}

/**
 * The words of the lines on screen now that the student has not read yet: a line counts the first time it is
 * shown (and again only as often as it is shown more times at once than ever before), so the same clause seen on
 * every day is read once, while a changed line ("2 of 3 actions left today") is read again.
 */
export function newWords(lines: readonly string[], seen: Map<string, number>): number {
  const now = new Map<string, number>();
  for (const line of lines) now.set(line, (now.get(line) ?? 0) + 1);
  let words = 0;
  for (const [line, count] of now) {
    const before = seen.get(line) ?? 0;
    if (count > before) {
      words += (count - before) * wordsIn(line);
      seen.set(line, count);
    }
  }
  return words;
}

/** Minutes for these counts at this pace. */
export function minutesFor(counts: Counts, pace: Pace = PACE): number {
  return (
    counts.words / pace.wordsPerMinute +
    (counts.decisions * pace.secondsPerDecision +
      counts.charts * pace.secondsPerChart +
      counts.answers * pace.secondsPerAnswer) /
      60
  );
}

/** The counts of the screens of one phase, or of all. */
export function totalOf(screens: readonly ScreenCount[], phase?: Phase): Counts {
  // Without a phase: what the student reads alone (the game and the debrief), not what the class reads together.
  const chosen = screens.filter((s) => (phase ? s.phase === phase : s.phase !== 'further'));
  const sum = (key: keyof Counts) => chosen.reduce((total, s) => total + s[key], 0);
  return { words: sum('words'), decisions: sum('decisions'), charts: sum('charts'), answers: sum('answers') };
}

/** The lines a sighted student sees: the page's rendered text without what only a screen reader hears. */
async function visibleLines(page: Page): Promise<{ lines: string[]; charts: number }> {
  return page.evaluate(() => {
    const ui = document.getElementById('ui')!;
    // A chart's labels are read in its own time (secondsPerChart), not as words. Hidden through the CSSOM: the
    // page's Content-Security-Policy refuses an added <style>.
    const hidden = [...ui.querySelectorAll<HTMLElement | SVGElement>('.visually-hidden, svg text')].map(
      (el) => [el, el.style.getPropertyValue('display'), el.style.getPropertyPriority('display')] as const,
    );
    for (const [el] of hidden) el.style.setProperty('display', 'none', 'important');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text a person sees, not hidden text
    const text = ui.innerText;
    for (const [el, display, priority] of hidden) el.style.setProperty('display', display, priority);
    const charts = [...ui.querySelectorAll('svg[role="img"]')].filter(
      (svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 200,
    ).length;
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return { lines, charts };
  });
}

/** A student's reading log for one game: `read` on every screen as it is shown, `decided` on every decision. */
export class ReadingLog {
  private readonly seen = new Map<string, number>();
  private chartsSeen = 0;
  private decisions = 0;
  private answers = 0;
  readonly screens: ScreenCount[] = [];

  constructor(private readonly page: Page) {}

  /** The student makes a decision; it is charged to the next screen read. */
  decided(): void {
    this.decisions += 1;
  }

  /** The student writes an answer to a reflection question; it is charged to the next screen read. */
  wrote(): void {
    this.answers += 1;
  }

  /** The student reads what is new on the screen now. */
  async read(screen: string, phase: Phase = 'game'): Promise<void> {
    const { lines, charts } = await visibleLines(this.page);
    const before = process.env.LESSON_TIME_DUMP ? new Map(this.seen) : null;
    const words = newWords(lines, this.seen);
    // LESSON_TIME_DUMP=1 prints the lines each screen was charged for, to check the count by eye.
    if (before)
      console.log(
        `--- ${screen}: ${words} words\n${lines.filter((l) => this.seen.get(l) !== before.get(l)).join('\n')}`,
      );
    const newCharts = Math.max(0, charts - this.chartsSeen);
    this.chartsSeen = Math.max(this.chartsSeen, charts);
    this.screens.push({
      screen,
      phase,
      words,
      decisions: this.decisions,
      charts: newCharts,
      answers: this.answers,
    });
    this.decisions = 0;
    this.answers = 0;
  }
}
