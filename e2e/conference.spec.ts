import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y';
import { expect, test } from './fixtures';
import { startGame } from './play';

/** The first delegation is revealed this long after the conference opens, then one every STAGGER. */
const FIRST = 700;
const STAGGER = 1200;

const seats = (page: Page) => page.getByRole('heading', { level: 2, name: /: (comes|stays away)/ });
const showAll = (page: Page) => page.getByRole('button', { name: 'Show all delegations' });
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });

/**
 * Calls the conference on the first day with the page's clock paused just before, so the test, not the
 * machine's load, sets the pace of the reveal (each step is `page.clock.runFor`).
 */
async function openConference(page: Page): Promise<void> {
  await page.clock.install();
  await startGame(page);
  await page.getByText('Call the conference now…').click();
  // A moment ahead of the page's time, however slow the machine is between the two calls.
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 3000);
  await page.getByRole('button', { name: 'Yes, call the conference now' }).click();
  await expect(page.locator('.screen-conference')).toBeVisible();
}

test('the conference reveals the delegations one at a time, each in its leader’s words', async ({ page }) => {
  await openConference(page);
  // The hall opens empty: nobody is revealed yet, and both ways on are there.
  await expect(seats(page)).toHaveCount(0);
  await expect(showAll(page)).toBeVisible();
  await expect(continueButton(page)).toBeFocused();

  await page.clock.runFor(FIRST);
  await expect(seats(page)).toHaveCount(1);
  await expect(seats(page).first()).toHaveText(/^Russia: (comes|stays away)/);
  // The leader's own line on the day, then the reason in plain words.
  const russia = page.getByRole('listitem').filter({ has: seats(page).first() });
  await expect(russia).toContainText(/Sergei Lavrov: “.+”/);
  await expect(russia).toContainText(/The text gives the delegation|It accepted this text/);
  // Revealed in a polite live region, so a screen reader hears each delegation as it comes.
  await expect(page.locator('[aria-live="polite"]').getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(page.locator('[data-stage-window="hall"]')).toHaveAttribute('data-revealed', '1');

  await page.clock.runFor(STAGGER);
  await expect(seats(page)).toHaveCount(2);
  await expect(seats(page).nth(1)).toHaveText(/^United States: /);
  await page.clock.runFor(STAGGER);
  await expect(seats(page)).toHaveCount(3);
  await expect(seats(page).nth(2)).toHaveText(/^Syrian National Coalition: /);
  await expect(page.getByText(/^Ahmad al-Jarba: “/)).toBeVisible();
  // Once everyone is shown there is nothing left to skip.
  await expect(showAll(page)).toHaveCount(0);
  await expect(continueButton(page)).toBeFocused();
});

test('"Show all delegations" reveals every delegation at once', async ({ page }) => {
  await openConference(page);
  await page.clock.runFor(FIRST);
  await expect(seats(page)).toHaveCount(1);
  await showAll(page).click();
  // The clock is paused: only the button can have shown the other two.
  await expect(seats(page)).toHaveCount(3);
  await expect(showAll(page)).toHaveCount(0);
  await expect(page.locator('[data-stage-window="hall"]')).toHaveAttribute('data-revealed', 'all');
  // The focus does not vanish with the button: it is on the way on.
  await expect(continueButton(page)).toBeFocused();
});

test('with reduced motion every delegation is shown at once, with nothing to skip', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openConference(page);
  await expect(seats(page)).toHaveCount(3);
  await expect(showAll(page)).toHaveCount(0);
  await expect(page.locator('[data-stage-window="hall"]')).toHaveAttribute('data-revealed', 'all');
});

test('by keyboard: show everyone, then continue, in the middle of the reveal', async ({ page }) => {
  await openConference(page);
  await page.clock.runFor(FIRST);
  await expect(continueButton(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(showAll(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(seats(page)).toHaveCount(3);
  await expect(continueButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Open the debrief' })).toBeVisible();
});

test('halfway through the reveal the screen has no serious or critical accessibility violation', async ({
  page,
}) => {
  await openConference(page);
  await page.clock.runFor(FIRST);
  await expect(seats(page)).toHaveCount(1);
  // axe waits on timers of its own: the clock runs again, and the reveal goes on while it looks.
  await page.clock.resume();
  expect(await seriousViolations(page)).toEqual([]);
});

test('Continue leaves the conference by keyboard before anyone is revealed', async ({ page }) => {
  await openConference(page);
  await expect(continueButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Open the debrief' })).toBeVisible();
});
