import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { callConferenceFromPlan, startGame } from './play';

const SECTIONS = [
  'Your deal among every possible text',
  'What each delegation wanted',
  /^(A better text\??|The Nash bargaining point)$/,
  'The news and your moves, day by day',
  'What really happened',
  'For discussion',
];

/** The quickest way to a debrief: the conference called on the first morning. */
async function toDebrief(page: Page): Promise<void> {
  // Many steps, each slow on a busy machine.
  test.setTimeout(180_000);
  await startGame(page);
  await callConferenceFromPlan(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 2, name, exact: true });
const openSections = (page: Page) => page.locator('details.debrief-section[open]');

test('the debrief reads in a few screens, and a teacher opens its sections one at a time', async ({
  page,
}) => {
  await toDebrief(page);
  // The result at a glance, every section closed under its heading.
  await expect(page.getByRole('heading', { level: 2, name: 'Your text' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'On the conference day' })).toBeVisible();
  for (const name of SECTIONS) await expect(heading(page, name)).toBeVisible();
  await expect(openSections(page)).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Russia against United States' })).toBeHidden();
  const screens = await page.evaluate(() => document.getElementById('ui')!.scrollHeight / window.innerHeight);
  expect(screens).toBeLessThanOrEqual(2.5);
  await screenshot(page, 'debrief, sections closed');

  // One section opens, the others stay closed; it closes again the same way.
  await heading(page, 'What each delegation wanted').click();
  await expect(page.getByRole('heading', { level: 4, name: 'Hidden priorities' }).first()).toBeVisible();
  await expect(openSections(page)).toHaveCount(1);
  await heading(page, 'Your deal among every possible text').click();
  const chart = page.getByRole('img', { name: 'Russia against United States' });
  await expect(chart).toBeVisible();
  await expect(openSections(page)).toHaveCount(2);
  await heading(page, 'What each delegation wanted').click();
  await expect(page.getByRole('heading', { level: 4, name: 'Hidden priorities' }).first()).toBeHidden();
  await expect(openSections(page)).toHaveCount(1);

  // The charts are large enough to read: 520px or more across, their labels 12px or more.
  const size = await chart.evaluate((svg) => {
    const width = svg.getBoundingClientRect().width;
    const scale = width / (svg as SVGSVGElement).viewBox.baseVal.width;
    const labels = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
    return { width, smallest: Math.min(...labels) * scale };
  });
  expect(size.width).toBeGreaterThanOrEqual(520);
  expect(size.smallest).toBeGreaterThanOrEqual(12);
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, 'debrief, the charts open');

  // From the keyboard too: a section's heading is a control that opens and closes it.
  await page.locator('summary', { has: heading(page, 'For discussion') }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Which issue did your text concede first/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(openSections(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Open all sections' }).click();
  await expect(openSections(page)).toHaveCount(SECTIONS.length);
  await expect(page.getByText(/58 for and 14 against/)).toBeVisible();
  await page.getByRole('button', { name: 'Close all sections' }).click();
  await expect(openSections(page)).toHaveCount(0);
  await expect(chart).toBeHidden();
});

test('printing the debrief opens every section, and closes them again after', async ({ page }) => {
  await toDebrief(page);
  await heading(page, 'What each delegation wanted').click();
  // On paper every section is open, even before the beforeprint event (or without one: a PDF made by a tool).
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: 'Russia against United States' })).toBeVisible();
  await expect(page.getByText(/58 for and 14 against/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open all sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the debrief' })).toBeHidden();
  // Nothing stays fixed or sticky on paper, where it would print over the text.
  const pinned = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#ui, #ui *')]
      .filter((el) => el.checkVisibility())
      .map((el) => getComputedStyle(el).position)
      .filter((p) => p === 'fixed' || p === 'sticky'),
  );
  expect(pinned).toEqual([]);
  // Printing fires beforeprint (every section opens) and afterprint (they close again).
  await page.evaluate(() =>
    window.addEventListener('beforeprint', () => {
      document.body.dataset.openOnPaper = String(
        document.querySelectorAll('details.debrief-section[open]').length,
      );
    }),
  );
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(5);
  expect(await page.evaluate(() => document.body.dataset.openOnPaper)).toBe(String(SECTIONS.length));
  await page.emulateMedia({ media: 'screen' });
  // The section the teacher had opened stays open; the others close again.
  await expect(openSections(page)).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 4, name: 'Hidden priorities' }).first()).toBeVisible();
});
