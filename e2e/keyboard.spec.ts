import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** Presses Tab until the target has the focus: the way a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test('a whole game played with the keyboard alone, with a visible focus', async ({ page }) => {
  // A hundred-odd key presses, each checked: slower than a mouse, as it is for a person.
  test.setTimeout(180_000);
  await page.goto('/?seed=5');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: /^Begin:/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Go to the meeting room' }));
  await page.keyboard.press('Enter');

  // Choose "A timetable for the transition" in clause 3 with the arrow keys, as a radio group works.
  const timetable = page.getByRole('radio', { name: /^A timetable for the transition/ });
  await tabTo(page, page.getByRole('radio', { name: /^No guarantees/ }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(timetable).toBeChecked();
  await expect(timetable).toBeFocused();
  const outline = await timetable.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await screenshot(page, 'keyboard focus in the text builder');

  const iran = page.getByRole('radio', { name: /^Iran is invited if it accepts/ });
  await tabTo(page, page.getByRole('radio', { name: /^Iran is not invited/ }));
  await page.keyboard.press('ArrowUp');
  await expect(iran).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Table the text to every delegation' }));
  await page.keyboard.press('Space');
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'End the day' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: /^Start / }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByText('Call the conference now…'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Yes, call the conference now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /: (comes|stays away)$/ }).first()).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Open the debrief' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
});
