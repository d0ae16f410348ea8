import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, screenshot, test } from './fixtures';
import { callConferenceFromPlan, chooseText, startGame } from './play';

const cues = (page: Page) => page.evaluate(() => window.__envoy?.cuesPlayed ?? []);
const text = (page: Page) => page.getByRole('region', { name: 'The negotiating text' });

const GENEVA = parse(
  readFileSync(join(import.meta.dirname, '..', 'scenarios', 'geneva-2-2014.yaml'), 'utf8'),
) as {
  parties: { id: string; phrasebook: Record<string, { line: string }[]> }[];
};

const literal = (line: string) => line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of a leader's lines for a situation in the Geneva phrasebook: which one comes first is the game's draw. */
function said(leader: string, party: string, situation: string): RegExp {
  const lines = GENEVA.parties.find((p) => p.id === party)!.phrasebook[situation]!.map((l) => l.line);
  return new RegExp(`^${leader}: “(${lines.map(literal).join('|')})”`);
}

/** Any delegation's line for a situation. */
function saidByAnyone(situation: string): RegExp {
  const lines = GENEVA.parties.flatMap((p) => p.phrasebook[situation]!.map((l) => l.line));
  return new RegExp(`“(${lines.map(literal).join('|')})”`);
}

async function intoMeetingRoom(page: Page): Promise<void> {
  await startGame(page);
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
}

test('a reload after a draft change finds the draft as it was, and replays no sound', async ({ page }) => {
  await intoMeetingRoom(page);
  // An option that is not ticked at the start: the case that once killed the save.
  const timetable = text(page).getByRole('radio', { name: /^A timetable for the transition/ });
  await expect(timetable).not.toBeChecked();
  await chooseText(page, ['A timetable for the transition', 'The Coalition alone']);
  await page.reload();
  await expect(timetable).toBeChecked();
  await expect(text(page).getByRole('radio', { name: /^The Coalition alone/ })).toBeChecked();
  await expect(page.getByText('3 of 3 actions left today')).toBeVisible();
  expect(await cues(page)).toEqual([]);
});

test('a reload after table and consult keeps every move, and the answers', async ({ page }) => {
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'Table the text to every delegation' }).click();
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await expect(page.getByText('1 of 3 actions left today')).toBeVisible();
  // All Lavrov says (how he took the consultation, his answer) comes back word for word: it follows the moves.
  const spoken = await page.getByText(/^Sergei Lavrov:/).allTextContents();
  await page.reload();
  await expect(page.getByText('1 of 3 actions left today')).toBeVisible();
  await expect(page.getByText(/^Sergei Lavrov:/)).toHaveText(spoken);
  await expect(page.getByText(/^Cares most:/).first()).toBeVisible();
  expect(await cues(page)).toEqual([]);
});

test('a reload on the news screen stays on the news; a reload on the debrief stays on the debrief', async ({
  page,
}) => {
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'End the day' }).click();
  const news = page.getByRole('heading', { level: 1, name: /^The cables, Monday 13 January 2014/ });
  await expect(news).toBeVisible();
  await page.reload();
  await expect(news).toBeVisible();
  await page.getByRole('button', { name: /^The plan for / }).click();
  await callConferenceFromPlan(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  const debrief = page.getByRole('heading', { level: 1, name: 'Debrief' });
  await expect(debrief).toBeVisible();
  await page.reload();
  await expect(debrief).toBeVisible();
  expect(await cues(page)).toEqual([]);
});

test('a second tab watches the game and never overwrites it; it can take the game over', async ({
  page,
  context,
}) => {
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  const second = await context.newPage();
  await second.goto('/');
  const watching = second.getByRole('alert').filter({ hasText: 'This game is open in another tab' });
  await expect(watching).toBeVisible();
  await expect(second.getByText('2 of 3 actions left today')).toBeVisible();
  await screenshot(second, 'a second tab watching');
  // The first tab plays on; the second follows.
  await page.getByRole('button', { name: 'Consult in private with United States' }).click();
  await expect(second.getByText('1 of 3 actions left today')).toBeVisible();
  await second.getByRole('button', { name: 'Play it here instead' }).click();
  await expect(watching).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'This game is open in another tab' })).toBeVisible();
  await second.getByRole('button', { name: 'Make a public statement' }).click();
  await expect(second.getByText('0 of 3 actions left today')).toBeVisible();
  await expect(page.getByText('0 of 3 actions left today')).toBeVisible();
});

test('when storage is full the player is told once, can download the game, and plays on', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('geneva-envoy.save'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await intoMeetingRoom(page);
  const notice = page.getByRole('alert').filter({ hasText: 'This browser is not saving your game' });
  await expect(notice).toHaveCount(1);
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();
  await expect(notice).toHaveCount(1);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the game' }).click();
  const file = await download;
  const saved = JSON.parse(
    await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(saved.log).toEqual([{ type: 'consult', party: 'russia' }]);
});

test('with storage turned off the game still plays, and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await intoMeetingRoom(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'This browser is not saving your game' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Make a public statement' }).click();
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();
});

test('a double click on any move control makes the move once; a held key skips no screen', async ({
  page,
}) => {
  await intoMeetingRoom(page);
  const left = (n: number) => expect(page.getByText(`${n} of 3 actions left today`)).toBeVisible();
  await page.getByRole('button', { name: 'Consult in private with Russia' }).dblclick();
  await left(2);
  await page.getByRole('button', { name: 'Table the text to every delegation' }).dblclick();
  await left(1);
  await page.getByRole('button', { name: 'Make a public statement' }).click({ clickCount: 3 });
  await left(0);
  const endDay = page.getByRole('button', { name: 'End the day' });
  await endDay.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.down('Space');
  await page.keyboard.up('Space');
  await expect(
    page.getByRole('heading', { level: 1, name: /^The cables, Monday 13 January 2014/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: 'Press United States' }).dblclick();
  await left(2);
  await page.getByRole('button', { name: 'Reassure Syrian National Coalition' }).dblclick();
  await left(1);
  const log = await page.evaluate(() =>
    (window.__envoy!.run() as { log: { type: string }[] }).log.map((m) => m.type),
  );
  expect(log).toEqual(['consult', 'table', 'statement', 'endDay', 'press', 'reassure']);
});

test('a damaged save offers the previous one, which resumes the game', async ({ page }) => {
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await page.getByRole('button', { name: 'Make a public statement' }).click();
  await expect(page.getByText('1 of 3 actions left today')).toBeVisible();
  await page.evaluate(() =>
    localStorage.setItem('geneva-envoy.save.v1', '{"format":"geneva-envoy-save","log":['),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Your saved game is damaged and cannot be read.' }),
  ).toBeVisible();
  await expect(page.getByText(/Your previous save still works: .*Sunday 12 January 2014/)).toBeVisible();
  await screenshot(page, 'damaged save with a previous save');
  await page.getByRole('button', { name: 'Go back to the previous save' }).click();
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();
});

test('every move gets a reaction; an answer says which text it was to, and goes stale when the draft changes', async ({
  page,
}) => {
  // Two days of every kind of move.
  test.setTimeout(120_000);
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'Press Russia' }).click();
  await expect(page.getByText(said('Sergei Lavrov', 'russia', 'pressed'))).toBeVisible();
  await expect(
    page.getByText(/^Trust in you: \d+ → \d+\. They will settle for a little less\.$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Reassure United States' }).click();
  await expect(page.getByText(said('John Kerry', 'united-states', 'reassured'))).toBeVisible();
  await page.getByRole('button', { name: 'Make a public statement' }).click();
  await expect(page.getByText(saidByAnyone('cornered'))).toBeVisible();
  await expect(
    page.getByText('Every delegation is under a little more pressure to attend.').first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'End the day' }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  const table = page.getByRole('button', { name: 'Table the text to every delegation' });
  await table.click();
  // The focus stays on the control the player used, not back at the top of the page.
  await expect(table).toBeFocused();
  await expect(page.getByText(/^To your text of Mon 13 Jan\./).first()).toBeVisible();
  await expect(page.getByText(/already refused this very text/)).toBeVisible();
  await chooseText(page, ['A timetable for the transition']);
  await expect(page.getByText(/Your draft has changed 1 clause since/).first()).toBeVisible();
  await expect(page.getByText(/already refused this very text/)).toBeHidden();
});

test('a second reading is more precise and keeps the first', async ({ page }) => {
  await intoMeetingRoom(page);
  const consult = page.getByRole('button', { name: 'Consult in private with Russia' });
  await consult.click();
  // The card shows the latest reading's margin; the full readings open under "More".
  const margin = page.locator('.reading-summary .reading-margin').first();
  const first = Number(/±(\d+)/.exec((await margin.textContent())!)![1]);
  await consult.click();
  await expect(margin).not.toHaveText(`±${first}`);
  await page.getByText('More about Russia').click();
  const note = page.getByText(
    /^As they let it show: give or take \d+ points, the most precise of 2 readings\.$/,
  );
  await expect(note).toBeVisible();
  const second = Number(/give or take (\d+)/.exec((await note.textContent())!)![1]);
  expect(second).toBeLessThanOrEqual(first);
  await expect(page.getByRole('heading', { name: 'Earlier readings' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Sun 12 Jan, give or take ${first}: `))).toBeVisible();
});

test('a source popover stays inside the window and closes with Escape, focus back on its mark', async ({
  page,
}) => {
  await page.goto('/?seed=11');
  await page.getByRole('button', { name: 'Start' }).click();
  const marks = page.locator('details.evidence > summary');
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  // The right-most mark is where a popover would run off the edge.
  let rightmost = 0;
  let best = -1;
  for (let i = 0; i < count; i++) {
    const box = await marks.nth(i).boundingBox();
    if (box && box.x > best) {
      best = box.x;
      rightmost = i;
    }
  }
  const mark = marks.nth(rightmost);
  await mark.focus();
  await page.keyboard.press('Enter');
  const body = page.locator('details.evidence[open] .evidence-body');
  await expect(body).toBeVisible();
  const box = (await body.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.x).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Escape');
  await expect(body).toBeHidden();
  await expect(mark).toBeFocused();
  // Still on the briefing: Escape closed the popover, it did not back out of the screen.
  await expect(page.getByRole('button', { name: /^Begin:/ })).toBeVisible();
});

test('the news reports what the envoy did: a statement, a draft put to every delegation', async ({
  page,
}) => {
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'Make a public statement' }).click();
  await page.getByRole('button', { name: 'Table the text to every delegation' }).click();
  await page.getByRole('button', { name: 'End the day' }).click();
  const press = page.getByRole('region', { name: 'In the press' });
  await expect(press).toContainText(
    'In a public statement, Lakhdar Brahimi urges every delegation to attend.',
  );
  await expect(press).toContainText('Diplomats say a new draft of the terms went to every delegation.');
});

test('a glossary explains the terms, from the toolbar or from the term itself, and closes with Escape', async ({
  page,
}) => {
  await intoMeetingRoom(page);
  await page.getByRole('button', { name: 'Glossary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Walk-away value');
  await expect(dialog).toContainText('a delegation that walked out comes back at 30');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // From the term itself: the entry is marked.
  await page.getByRole('button', { name: 'Trust in you' }).first().click();
  await expect(dialog.locator('.glossary-entry.highlight')).toContainText('Trust in you');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('at 200% zoom the buttons follow the text instead of covering the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('/?seed=11');
  await page.getByRole('button', { name: 'Start' }).click();
  const bar = page.locator('.sticky-actions').first();
  await expect(bar).toBeAttached();
  expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  await context.close();
});
