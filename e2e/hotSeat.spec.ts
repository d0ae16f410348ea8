import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y';
import { expect, screenshot, test } from './fixtures';
import { callConferenceFromPlan, chooseText, DEAL_TEXT, NO_GUARANTEES_TEXT } from './play';

const COALITION = 'Syrian National Coalition';
const OTHERS = ['Russia', 'United States'];

interface HiddenParty {
  readonly walkAway: number;
  readonly weights: readonly number[];
}

/** The Coalition's hidden numbers in this game, as the student's brief words them. */
async function coalitionSecrets(page: Page): Promise<string[]> {
  const run = (await page.evaluate(() => window.__envoy?.run())) as {
    game: { parties: HiddenParty[] };
  };
  const coalition = run.game.parties[2]!;
  const total = coalition.weights.reduce((a, b) => a + b, 0);
  return [
    `walk-away value is ${Math.round(coalition.walkAway)}`,
    ...coalition.weights.map((w) => `to you (${Math.round((w / total) * 100)}%)`),
    'Your brief',
    ' pts',
  ];
}

/** What the mediator sees: none of the Coalition's hidden numbers, nothing of the student's brief. */
async function expectMediatorScreen(page: Page, secrets: readonly string[]): Promise<void> {
  // All the page's text, closed sections and hidden panels too.
  const shown = await page.locator('body').textContent();
  for (const secret of secrets)
    expect(shown, `the mediator's screen shows "${secret}"`).not.toContain(secret);
}

/** The privacy screen: the party's name and one button, nothing of anyone's position or the mediator's notes. */
async function expectPrivacyScreen(page: Page, heading: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  const shown = await page.locator('main').textContent();
  for (const name of OTHERS) expect(shown).not.toContain(name);
  expect(shown).not.toMatch(/\d/);
  await expect(page.getByRole('region', { name: 'The negotiating text' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Glossary' })).toBeHidden();
}

async function tableAndPass(page: Page, labels: readonly string[]): Promise<void> {
  await chooseText(page, labels);
  await page.getByRole('button', { name: 'Table the text to every delegation' }).click();
  await expectPrivacyScreen(page, `Pass the laptop to ${COALITION}`);
}

async function showBrief(page: Page, secrets: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: `I am ${COALITION}: show my brief` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your brief' })).toBeVisible();
  const shown = await page.locator('main').textContent();
  // Their own side: the walk-away value and the shares, as the engine drew them for this game.
  for (const secret of secrets) expect(shown).toContain(secret);
  for (const name of OTHERS) expect(shown).not.toContain(name);
}

async function passBack(page: Page, secrets: readonly string[]): Promise<void> {
  await expectPrivacyScreen(page, 'Pass the laptop back to the envoy');
  await page.getByRole('button', { name: 'I am the envoy: back to the meeting room' }).click();
  await expect(page.getByRole('region', { name: 'The negotiating text' })).toBeVisible();
  await expectMediatorScreen(page, secrets);
}

test('a hot-seat game with a human Coalition plays to the debrief', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?seed=11');
  await page.getByText('Play some delegations yourselves (hot-seat)').click();
  await page.getByRole('group', { name: COALITION }).getByLabel('A student').check();
  await screenshot(page, 'title with a student at the Coalition');
  expect(await seriousViolations(page), 'title').toEqual([]);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  const secrets = await coalitionSecrets(page);
  await expectMediatorScreen(page, secrets);

  // The first text: the student rejects it, by keyboard alone.
  await tableAndPass(page, NO_GUARANTEES_TEXT);
  await screenshot(page, 'pass the laptop');
  expect(await seriousViolations(page), 'privacy screen').toEqual([]);
  const show = page.getByRole('button', { name: `I am ${COALITION}: show my brief` });
  await expect(show).toBeFocused();
  // A reload while the student's answer is pending comes back to this privacy screen.
  await page.reload();
  await expectPrivacyScreen(page, `Pass the laptop to ${COALITION}`);
  await expect(show).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your brief' })).toBeVisible();
  await screenshot(page, 'the Coalition’s brief');
  expect(await seriousViolations(page), 'brief').toEqual([]);
  // What an answer does, as the engine has it: accepting commits the delegation to come.
  await expect(page.getByText(/^If you accept, you are committed to come to the conference/)).toBeVisible();
  await page.getByRole('button', { name: 'Reject it' }).focus();
  await page.keyboard.press('Enter');
  // A reload while the laptop goes back stays on that privacy screen: the student never sees the meeting room.
  await expectPrivacyScreen(page, 'Pass the laptop back to the envoy');
  await page.reload();
  await passBack(page, secrets);
  await expect(page.getByText(/^Ahmad al-Jarba:/)).toBeVisible();

  // The second: a counter-proposal, built on the same text.
  await tableAndPass(page, NO_GUARANTEES_TEXT);
  await showBrief(page, secrets);
  const counter = page.getByRole('button', { name: 'Send my changes as a counter-proposal' });
  await expect(counter).toBeDisabled();
  const own = page.getByRole('region', { name: 'The text the envoy tabled' });
  await own.getByRole('radio', { name: 'A timetable for the transition' }).check();
  await expect(page.getByText('1 clause changed from the tabled text.')).toBeVisible();
  await counter.click();
  await passBack(page, secrets);
  // The mediator sees what the Coalition asked for, marked on the text like any delegation's ask.
  await expect(page.getByTitle(`${COALITION} asked for this in its last answer`)).toHaveCount(1);

  // The third: accepted.
  await tableAndPass(page, DEAL_TEXT);
  await showBrief(page, secrets);
  await page.getByRole('button', { name: 'Accept the tabled text' }).click();
  await passBack(page, secrets);

  await page.getByRole('button', { name: 'End the day' }).click();
  await page.getByRole('button', { name: /^The plan for / }).click();
  await expectMediatorScreen(page, secrets);
  await callConferenceFromPlan(page);
  await expectMediatorScreen(page, secrets);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the result for your teacher' }).click();
  const result = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(result.seats).toEqual({ russia: 'computer', 'united-states': 'computer', coalition: 'person' });
  const replies = result.moves.filter((m: { type: string }) => m.type === 'reply');
  expect(replies.map((m: { answer: { kind: string } }) => m.answer.kind)).toEqual([
    'reject',
    'counter',
    'accept',
  ]);
});
