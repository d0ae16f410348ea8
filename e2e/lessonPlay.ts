import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { ReadingLog } from './readingPace';

/**
 * A careful student's game, from the title to the end of the debrief, as a class plays it: the teacher's code
 * typed on the title, every delegation consulted on the first day, then each day a text drafted from what the
 * delegations asked for and said (their asks first, then their positions, never a named red line), tabled to
 * all, and the day's other actions spent on those that refused (consulted again, reassured when trust runs low,
 * pressed once near the end); on the last day the text revised and tabled again if anyone still refused.
 * `log` hears every screen as it is shown and every decision as it is made.
 */
export interface LessonGame {
  /** The scenario's title on the teacher's page. */
  readonly scenario: RegExp;
  readonly length: 'full' | 'short';
  readonly seed: number;
  /** Opens each card's "More" after every tabling to read the reasons behind the answers. */
  readonly readReasons?: boolean;
}

type Gesture = 'consult' | 'press' | 'reassure';

interface Card {
  readonly index: number;
  readonly name: string;
  readonly trust: number;
  /** The kind of its answer to the text on the table ('accept', 'counter'...), or null before one. */
  readonly answer: string | null;
  /** The gestures its card offers now (a walked-out delegation cannot be consulted, for one). */
  readonly can: readonly Gesture[];
}

/** The delegations at the table, as their cards show them. */
async function cards(page: Page): Promise<Card[]> {
  return page.locator('article.delegation').evaluateAll((articles) =>
    articles.map((card, index) => {
      const answer = card.querySelector('.answer');
      const kind = answer ? [...answer.classList].find((c) => c.startsWith('answer-')) : undefined;
      const gestures = ['consult', 'press', 'reassure'] as const;
      return {
        index,
        name: card.querySelector('h2')?.textContent ?? '',
        trust: Number(card.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') ?? 50),
        answer: kind && !answer?.classList.contains('stale') ? kind.slice('answer-'.length) : null,
        can: gestures.filter(
          (g) => !card.querySelector<HTMLButtonElement>(`[data-key="${g}-${index}"]`)?.disabled,
        ),
      };
    }),
  );
}

/**
 * The text a student drafts from the marks on it: for each clause the option most asked for (an ask counts two,
 * a position one), never one a delegation named a red line; a tie keeps the option already chosen.
 */
async function draftFromMarks(page: Page): Promise<number[]> {
  return page.locator('fieldset.clause').evaluateAll((clauses) =>
    clauses.map((clause) => {
      const options = [...clause.querySelectorAll('label.option')].map((option) => ({
        chosen: option.querySelector<HTMLInputElement>('input')!.checked,
        red: option.querySelector('.mark-red') !== null,
        score:
          2 * option.querySelectorAll('.mark-asks').length + option.querySelectorAll('.mark-wants').length,
      }));
      let best = options.findIndex((o) => o.chosen);
      for (const [o, option] of options.entries()) {
        const current = options[best];
        if (option.red) continue;
        if (!current || current.red || option.score > current.score) best = o;
      }
      return best;
    }),
  );
}

const actionsLeft = async (page: Page) =>
  Number(/^(\d+) of/.exec((await page.locator('.status-actions').textContent())?.trim() ?? '')?.[1] ?? 0);

/** One of the day's actions: the button, then the room as it answers (every reply in, the count down by one). */
async function act(
  page: Page,
  log: ReadingLog,
  button: Locator,
  screen: string,
  answered = false,
): Promise<void> {
  const before = await actionsLeft(page);
  await button.click();
  log.decided();
  await expect.poll(() => actionsLeft(page)).toBe(before - 1);
  await expect(page.locator('.waiting')).toHaveCount(0);
  // A tabled text: every card shows its answer to it.
  if (answered) await expect(page.locator('.answer.stale, .speech-none')).toHaveCount(0);
  await log.read(screen);
}

/** Drafts the text from the marks (a decision for each clause changed) and tables it to every delegation. */
async function draftAndTable(page: Page, log: ReadingLog, day: string, reasons: boolean): Promise<boolean> {
  const table = page.locator('[data-key="table"]');
  const draft = await draftFromMarks(page);
  for (const [clause, option] of draft.entries()) {
    const radio = page.locator(`[data-key="clause-${clause}-${option}"]`);
    if (await radio.isChecked()) continue;
    await radio.check();
    log.decided();
  }
  if (await table.isDisabled()) return false;
  await act(page, log, table, `${day}: the answers`, true);
  // The reasons behind each answer, under each card's "More".
  if (reasons)
    for (const more of await page.locator('details.card-more').all()) {
      await more.locator(':scope > summary').click();
      await log.read(`${day}: the reasons behind an answer`);
      await more.locator(':scope > summary').click();
    }
  return true;
}

/** A day in the meeting room, spending every action; `consults` counts each delegation's consultations so far. */
async function playDay(
  page: Page,
  log: ReadingLog,
  game: LessonGame,
  day: number,
  days: number,
  consults: number[],
): Promise<void> {
  const label = `day ${day + 1}`;
  const reasons = game.readReasons ?? false;
  const last = day === days - 1;
  const gesture = async (move: Gesture, card: Card, done: string) => {
    if (move === 'consult') consults[card.index] = (consults[card.index] ?? 0) + 1;
    await act(
      page,
      log,
      page.locator(`[data-key="${move}-${card.index}"]`),
      `${label}: ${done} ${card.name}`,
    );
  };
  if (day === 0)
    for (const card of await cards(page)) {
      if ((await actionsLeft(page)) === 0) break;
      if (card.can.includes('consult')) await gesture('consult', card, 'consulted');
    }
  let tabled = (await actionsLeft(page)) > 0 && (await draftAndTable(page, log, label, reasons));
  let pressed = false;
  const reassured = new Set<number>();
  while ((await actionsLeft(page)) > 0) {
    const all = await cards(page);
    const holdouts = all.filter((c) => c.answer !== null && c.answer !== 'accept');
    // On the last day an answer is what a delegation does on the day: when all accept, the student stops there.
    if (last && tabled && holdouts.length === 0) {
      log.decided();
      break;
    }
    const redraft = await draftFromMarks(page);
    const changed = await page
      .locator('fieldset.clause')
      .evaluateAll(
        (clauses, draft) =>
          clauses.some((c, i) => !c.querySelectorAll<HTMLInputElement>('input')[draft[i]!]?.checked),
        redraft,
      );
    if (
      last &&
      holdouts.length > 0 &&
      changed &&
      (await draftAndTable(page, log, `${label}, again`, reasons))
    ) {
      tabled = true;
      continue;
    }
    const low = [...all]
      .filter((c) => c.trust < 50 && !reassured.has(c.index) && c.can.includes('reassure'))
      .sort((a, b) => a.trust - b.trust)[0];
    const strong = holdouts.find((c) => c.trust >= 55 && c.can.includes('press'));
    if (low) {
      reassured.add(low.index);
      await gesture('reassure', low, 'reassured');
    } else if (day >= days - 2 && !pressed && strong) {
      pressed = true;
      await gesture('press', strong, 'pressed');
    } else {
      // The refusing delegation heard from least, or anyone if none refuses.
      const pool = (holdouts.length > 0 ? holdouts : all).filter((c) => c.can.includes('consult'));
      const next = [...(pool.length > 0 ? pool : all.filter((c) => c.can.includes('consult')))].sort(
        (a, b) => (consults[a.index] ?? 0) - (consults[b.index] ?? 0),
      )[0];
      if (!next) {
        log.decided();
        break;
      }
      await gesture('consult', next, 'consulted');
    }
  }
}

/**
 * Ends the day: through the morning's cables to the next day's room, or on to the conference when the talks are
 * over. Returns whether another day of talks follows.
 */
async function endDay(page: Page, log: ReadingLog, day: number): Promise<boolean> {
  const date = page.locator('.status-date');
  const before = await date.textContent();
  // With no action left, ending the day is the only thing to do: no decision.
  await page.locator('[data-key="end-day"]').click();
  const morning = page.locator('.news-sheet');
  const conference = page.locator('.screen-conference');
  const room = page.locator('.screen-meetings .status-date');
  await expect
    .poll(
      async () =>
        (await conference.count()) > 0 ||
        (await morning.count()) > 0 ||
        ((await room.count()) > 0 && (await room.textContent()) !== before),
    )
    .toBe(true);
  if ((await morning.count()) > 0) {
    await log.read(`the cables after day ${day + 1}`);
    await morning.locator('[data-key="meet"]').click();
  }
  if ((await conference.count()) > 0) return false;
  await expect(page.locator('.screen-meetings')).toBeVisible();
  await log.read(`day ${day + 2}: the meeting room`);
  return true;
}

/** The teacher's code for the game, then the title as the student sees it, code and name typed in. */
async function join(page: Page, log: ReadingLog, game: LessonGame): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?seed=${game.seed}`);
  await page.getByRole('button', { name: 'For teachers' }).click();
  await page.getByRole('radio', { name: game.scenario }).check();
  await page.locator(`[data-key="teacher-length-${game.length}"]`).check();
  const code = (await page.getByTestId('class-code').textContent())!;
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await log.read('title');
  await page.getByLabel('Class code').fill(code);
  await page.getByLabel('Your name (optional)').fill('Sam');
  await page.getByRole('button', { name: 'Join the class game' }).click();
  await expect(page.locator('.screen-briefing')).toBeVisible();
}

/** The scenario's reflection questions on this screen, each answered in a sentence. */
async function answerReflection(page: Page, log: ReadingLog): Promise<void> {
  for (const area of await page.locator('.reflection textarea').all()) {
    await area.fill('I think the Coalition, because it has the most to lose.');
    log.wrote();
  }
}

export async function playLesson(page: Page, log: ReadingLog, game: LessonGame): Promise<void> {
  await join(page, log, game);
  await log.read('briefing');
  await answerReflection(page, log);
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await expect(page.locator('.plan-sheet')).toBeVisible();
  await log.read('the first morning');
  // "Paris · Day 1 of 5": the days of talks this game has.
  const office = (await page.locator('.plan-sheet .office').textContent()) ?? '';
  const days = Number(/(\d+)\D*$/.exec(office)?.[1]);
  expect(days).toBeGreaterThan(0);
  await page.locator('[data-key="meet"]').click();
  await expect(page.locator('.screen-meetings')).toBeVisible();
  await log.read('day 1: the meeting room');
  let day = 0;
  const consults: number[] = [];
  do await playDay(page, log, game, day, days, consults);
  while (await endDay(page, log, day++));

  await expect(page.locator('.seat.awaited')).toHaveCount(0);
  await log.read('the conference');
  await page.locator('[data-key="continue"]').click();
  await expect(page.locator('.screen-outcome')).toBeVisible();
  await log.read('the outcome');
  await answerReflection(page, log);
  await page.locator('[data-key="debrief"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  // A short game's debrief opens what a student reads alone; its other sections are for the class, with the
  // teacher (docs/teaching.md). A full game's debrief is read whole.
  await log.read('the debrief as it opens', 'debrief');
  await page.locator('[data-key="open-all"]').click();
  await expect(page.locator('details.debrief-section:not([open])')).toHaveCount(0);
  await log.read('the debrief, every section open', game.length === 'short' ? 'further' : 'debrief');
  const download = page.waitForEvent('download');
  await page.locator('[data-key="download"]').click();
  await download;
}
