import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Helpers that drive the game by roles and labels, as a person would. */

/** `address`: the page to open (the served game by default; the one-file copy is opened from disk). */
export async function startGame(page: Page, seed = 11, address = '/'): Promise<void> {
  await page.goto(`${address}?seed=${seed}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Begin:/ }).click();
}

export async function chooseText(page: Page, labels: readonly string[]): Promise<void> {
  const builder = page.getByRole('region', { name: 'The negotiating text' });
  for (const label of labels) {
    await builder.getByRole('radio', { name: label, exact: false }).first().check();
  }
}

/** A text all three accept on seed 11 once each was consulted three times (found with the simulator). */
export const DEAL_TEXT = [
  'Iran is invited if it accepts the 2012 Geneva communiqué',
  'A transitional government is the agreed aim of the talks',
  'A timetable for the transition',
  'A broad delegation led by the Coalition',
  '22 January, as scheduled',
];

export const NO_GUARANTEES_TEXT = [
  'Iran is invited if it accepts the 2012 Geneva communiqué',
  'A transitional government is the agreed aim of the talks',
  'No guarantees',
  'The Coalition alone',
  '22 January, as scheduled',
];

export async function callConferenceFromPlan(page: Page): Promise<void> {
  await page.getByText('Call the conference now…').click();
  await page.getByRole('button', { name: 'Yes, call the conference now' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /: (comes|stays away)/ }).first()).toBeVisible();
}

/**
 * Ends the day and arrives in the next day's meeting room: through the morning's cables when there are any;
 * a quiet night goes straight there. Stops at the conference when the days have run out.
 */
export async function endDayToNextRoom(page: Page): Promise<void> {
  const date = page.locator('.status-date');
  const before = await date.textContent();
  await page.getByRole('button', { name: 'End the day' }).click();
  const morning = page.getByRole('button', { name: 'Go to the meeting room' });
  const conference = page.locator('.screen-conference');
  await expect
    .poll(
      async () =>
        (await conference.count()) > 0 ||
        (await morning.count()) > 0 ||
        (await date.textContent()) !== before,
    )
    .toBe(true);
  if ((await morning.count()) > 0) await morning.click();
}
