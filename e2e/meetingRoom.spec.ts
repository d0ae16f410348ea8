import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startGame } from './play';

/** The whole negotiation at a glance: every answer, every clause, the actions left, with nothing to scroll. */
async function expectWholeRoomInView(page: Page): Promise<void> {
  const ui = page.locator('#ui');
  const overflow = await ui.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(overflow, 'the meeting room scrolls').toBeLessThanOrEqual(0);
  const core = [
    ...(await page.locator('.delegation .answer, .delegation .speech-none').all()),
    ...(await page.getByRole('region', { name: 'The negotiating text' }).locator('fieldset.clause').all()),
    page.getByText(/actions left today/),
    page.getByRole('button', { name: /^Table the text/ }),
    page.getByRole('button', { name: 'End the day' }),
  ];
  expect(core.length).toBe(3 + 5 + 3);
  for (const part of core) await expect(part).toBeInViewport({ ratio: 1 });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test(`the meeting room fits ${viewport.width}×${viewport.height} without scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startGame(page);
    await page.getByRole('button', { name: 'Go to the meeting room' }).click();
    await expectWholeRoomInView(page);
    // The fullest state of a day: a reading, then a text that every delegation answers with its asks.
    await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
    await page.getByRole('button', { name: 'Table the text to every delegation' }).click();
    await expect(page.locator('.delegation .answer-of')).toHaveCount(3);
    await expect(
      page.getByText('Asked for this in its last answer', { exact: false }).first(),
    ).toBeAttached();
    await expectWholeRoomInView(page);
  });
}

test('details open on demand over the text, and Escape closes them', async ({ page }) => {
  await startGame(page);
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  const more = page.getByText('More about Russia');
  await more.click();
  const detail = page.getByRole('heading', { name: /what matters to them/ });
  await expect(detail).toBeVisible();
  await expect(page.getByText(/^Iran's role at the conference: about \d+%/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /^Meeting room/ })).toBeAttached();
});

test('the table seen from above appears where the screen has room for it', async ({ page }) => {
  const tableWindow = page.locator('[data-stage-window="table"]');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await startGame(page);
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  expect((await tableWindow.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(96);
});

test('the first day teaches by doing, one prompt at a time, and the prompts can be hidden', async ({
  page,
}) => {
  await startGame(page);
  const tip = page.locator('.coach');
  await expect(tip).toContainText(/^Tip 1 of 3: Listen before you draft\./);
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await expect(tip).toContainText(/^Tip 2 of 3: Now draft the text/);
  await page.getByRole('button', { name: 'Table the text to every delegation' }).click();
  await expect(tip).toContainText(/^Tip 3 of 3: /);
  await page.getByRole('button', { name: 'Hide tips' }).click();
  await expect(tip).toBeHidden();
  await page.getByRole('button', { name: 'Consult in private with United States' }).click();
  await expect(tip).toBeHidden();
});

test('a quiet night goes straight to the next meeting room, and says so', async ({ page }) => {
  await startGame(page);
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: 'End the day' }).click();
  // Monday has its scheduled meeting: the morning's cables come first.
  await expect(page.getByRole('heading', { level: 1, name: /^The cables, Monday 13 January/ })).toBeVisible();
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: 'End the day' }).click();
  // Nothing happened on Monday night: Tuesday opens in the meeting room.
  await expect(page.locator('.status-date')).toHaveText('Tuesday 14 January 2014');
  await expect(page.getByText('Tue 14 Jan: A quiet night. No news on the wires.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Table the text to every delegation' })).toBeVisible();
});
