import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callConferenceFromPlan } from './play';

/** The teacher's code for a short Geneva game, as the teacher's page shows it. */
async function teacherMakesCode(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'For teachers' }).click();
  await expect(page).toHaveURL(/#teacher$/);
  await page.getByRole('radio', { name: /^Short game, for one lesson: 5 days/ }).check();
  const code = (await page.getByTestId('class-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return code;
}

interface Student {
  readonly page: Page;
  readonly result: Record<string, unknown> & { moves: unknown[]; student: string };
}

async function studentJoins(browser: Browser, code: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Class code').fill(code);
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Join the class game' }).click();
  await expect(page.getByRole('button', { name: /^Begin:/ })).toBeVisible();
  return page;
}

async function downloadResult(
  page: Page,
): Promise<{ result: Student['result']; path: string; name: string }> {
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the result for your teacher' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^geneva-2-2014-[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/);
  const path = (await file.path())!;
  return { result: JSON.parse(readFileSync(path, 'utf8')), path, name: file.suggestedFilename() };
}

test('a teacher makes a code; two students play the same game their own way and download named results', async ({
  page,
  browser,
}) => {
  const code = await teacherMakesCode(page);

  // A mistyped code says so, and keeps what the student typed to correct it.
  const amina = await studentJoins(browser, code, 'Amina');
  const typo = await (await browser.newContext()).newPage();
  await typo.goto('/');
  await typo.getByLabel('Class code').fill(`${code.slice(0, 8)}${code[8] === 'Z' ? 'Y' : 'Z'}`);
  await typo.getByRole('button', { name: 'Join the class game' }).click();
  await expect(typo.getByRole('alert')).toHaveText(/has a mistake in it/);
  await expect(typo.getByLabel('Class code')).not.toHaveValue('');

  await expect(amina.getByTestId('class-line')).toHaveText(`Class game ${code} · Short game · Amina`);
  await expect(amina.getByText(/^A short game: the talks end on Thursday 16 January 2014/)).toBeVisible();
  // Amina answers a question before the game and calls the conference at once.
  await amina
    .getByLabel(/hardest to bring to the conference/)
    .fill('The Coalition: it has the most to lose.');
  await amina.getByRole('button', { name: /^Begin:/ }).click();
  await expect(amina.locator('.status-date')).toContainText('12 January');
  await callConferenceFromPlan(amina);
  await amina.getByRole('button', { name: 'Continue' }).click();

  // Ben types the code as a student would (lower case, a space) and consults before the short game runs out.
  const ben = await studentJoins(browser, code.toLowerCase().replace('-', ' '), 'Ben Okafor');
  await ben.getByRole('button', { name: /^Begin:/ }).click();
  await ben.getByRole('button', { name: 'Go to the meeting room' }).click();
  await ben.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await ben.getByRole('button', { name: 'End the day' }).click();
  await ben.getByRole('button', { name: /^The plan for / }).click();
  await callConferenceFromPlan(ben);
  await ben.getByRole('button', { name: 'Continue' }).click();
  await ben.getByLabel(/what would you do differently/).fill('Table a text sooner.');

  const fileA = await downloadResult(amina);
  const fileB = await downloadResult(ben);
  const [resultA, resultB] = [fileA.result, fileB.result];
  for (const [result, name] of [
    [resultA, 'Amina'],
    [resultB, 'Ben Okafor'],
  ] as const) {
    expect(result).toMatchObject({ student: name, classCode: code, length: 'short' });
  }
  expect(resultA.seed).toBe(resultB.seed);
  expect(resultA.moves).not.toEqual(resultB.moves);
  expect(resultA.reflection).toMatchObject({
    before: [{ answer: 'The Coalition: it has the most to lose.' }],
    after: [{ answer: '' }],
  });
  expect(resultB.reflection).toMatchObject({
    before: [{ answer: '' }],
    after: [{ answer: 'Table a text sooner.' }],
  });

  // The teacher opens both files: the class, both students on the chart, a replay, the gradebook's CSV.
  await page.getByRole('tab', { name: 'Class results' }).click();
  await page.locator('input[type=file][accept*=".json"]').setInputFiles([
    { name: fileA.name, mimeType: 'application/json', buffer: readFileSync(fileA.path) },
    { name: fileB.name, mimeType: 'application/json', buffer: readFileSync(fileB.path) },
  ]);
  await expect(page.getByRole('heading', { level: 2, name: `Class ${code}` })).toBeVisible();
  const chart = page.getByRole('group', { name: /students’ texts:/ });
  for (const name of ['Amina', 'Ben Okafor'])
    await expect(chart.getByRole('img', { name: new RegExp(name) })).toHaveCount(1);
  await expect(page.getByText('Table a text sooner.')).toBeVisible();

  await page.getByRole('button', { name: "Replay Ben Okafor's game" }).click();
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  await page.keyboard.press('End');
  const steps = resultB.moves.filter((m) => (m as { type: string }).type !== 'reply').length;
  await expect(status).toContainText(`Step ${steps} of ${steps}`);
  await expect(page.getByRole('heading', { level: 4, name: 'The conference' })).toBeVisible();
  await page.keyboard.press('Escape');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync((await (await downloading).path())!, 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows).toHaveLength(3);
  expect(
    rows
      .slice(1)
      .map((row) => row.split(',')[0])
      .sort(),
  ).toEqual(['Amina', 'Ben Okafor']);
  expect(csv).toContain('Table a text sooner.');
});
