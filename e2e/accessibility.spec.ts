import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y';
import { expect, test } from './fixtures';
import { callConferenceFromPlan } from './play';

/** Every screen of a short play-through, each checked with axe-core as it appears. */
async function everyScreen(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await page.goto('/?seed=11');
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await check('title');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Begin:/ }).waitFor();
  await check('briefing');
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).waitFor();
  await check('day view');
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await page.getByRole('button', { name: 'Table the text to every delegation' }).click();
  await page
    .getByText(/^Sergei Lavrov:/)
    .first()
    .waitFor();
  await check('meeting room');
  await page.getByText('More about Russia').click();
  await check('meeting room, a delegation in detail');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'End the day' }).click();
  await page.getByRole('button', { name: /^The plan for / }).waitFor();
  await check('news');
  await page.getByRole('button', { name: /^The plan for / }).click();
  await callConferenceFromPlan(page);
  await check('conference');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the debrief' }).waitFor();
  await check('outcome');
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await page.getByRole('heading', { level: 1, name: 'Debrief' }).waitFor();
  await check('debrief');
}

for (const [label, viewport, scale] of [
  ['1280×720', { width: 1280, height: 720 }, 1],
  ['200% zoom', { width: 640, height: 360 }, 2],
] as const) {
  test(`every screen has no serious or critical accessibility violation (axe-core, ${label})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
    const page = await context.newPage();
    const found: string[] = [];
    await everyScreen(page, async (screen) => {
      for (const v of await seriousViolations(page)) found.push(`${screen}: ${v}`);
    });
    await context.close();
    expect(found).toEqual([]);
  });
}
