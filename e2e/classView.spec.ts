import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { resultFileName } from '../src/flow/resultOf';
import { classGameOf, resultText, studentResult } from '../src/testing/classResults';
import { loadShipped } from '../src/testing/scenarios';
import { seriousViolations } from './a11y';
import { expect, test } from './fixtures';
import { pdfPageCount } from './pdfPages';

// A class of Geneva's short game, played in Node through the root machine as each student's browser would.
const geneva = loadShipped('geneva-2-2014.yaml');
const game = classGameOf(geneva, 4321, 'short');
const NAMES = [
  'Amina Yusuf',
  'Ben Okoro',
  'Chloé Martin',
  'Dara Singh',
  'Eli Cohen',
  'Farah Haddad',
  'Gus Lee',
];
const results = NAMES.map((name, i) => studentResult(game, name, i));
const otherClass = classGameOf(geneva, 99, 'short');
const stranger = studentResult(otherClass, 'Zed Stranger', 0);

const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});
const classFiles = results.map((r) => file(resultFileName(r), resultText(r)));
const damaged = file('broken.json', resultText(results[0]!).slice(0, 200));
const altered = file(
  'altered.json',
  resultText({
    ...results[1]!,
    student: 'Ben Again',
    utilities: { ...results[1]!.utilities, [geneva.parties[0]!.id]: 99 },
  }),
);
const foreign = file(resultFileName(stranger), resultText(stranger));
const halvane = loadShipped('halvane-basin-2041.yaml');
const elsewhere = studentResult(classGameOf(halvane, 5, 'short'), 'Ola Halvane', 0);
const otherScenario = file(resultFileName(elsewhere), resultText(elsewhere));

async function openClassResults(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'For teachers' }).click();
  await page.getByRole('tab', { name: 'Class results' }).click();
  await expect(page.getByText('No results opened yet.')).toBeVisible();
}

async function pickFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  await page.locator('input[type=file][accept*=".json"]').setInputFiles(files);
}

test('the teacher opens a class’s results: every student on the chart, a game replayed, a CSV for the gradebook', async ({
  page,
}) => {
  await openClassResults(page);
  await pickFiles(page, [...classFiles, damaged, altered, foreign, otherScenario]);
  await expect(page.getByRole('heading', { level: 2, name: `Class ${game.code}` })).toContainText(
    `${NAMES.length} students`,
  );
  const deals = results.filter((r) => r.outcome.deal).length;
  await expect(page.getByText(`${deals} of ${NAMES.length} students brought every delegation`)).toBeVisible();

  // Every student's text is a labelled point on the chart (students on the same text share one), with the
  // Nash point and what really happened.
  const chart = page.getByRole('group', { name: /students’ texts:/ });
  await expect(chart).toBeVisible();
  for (const name of NAMES) await expect(chart.getByRole('img', { name: new RegExp(name) })).toHaveCount(1);
  await expect(chart.getByRole('img', { name: /^Nash point:/ })).toHaveCount(1);
  await expect(chart.getByRole('img', { name: /^What really happened:/ })).toHaveCount(1);
  // Another pair of delegations on the axes.
  const [, second, third] = geneva.parties;
  await page.getByRole('combobox', { name: 'Across' }).selectOption({ label: second!.name });
  await page.getByRole('combobox', { name: 'Up' }).selectOption({ label: third!.name });
  await expect(
    page.getByRole('group', {
      name: `${NAMES.length} students’ texts: ${second!.name} across, ${third!.name} up`,
    }),
  ).toBeVisible();

  // The files that do not count say why, and name themselves.
  const notCounted = page.locator('tbody.not-counted');
  await expect(notCounted.getByRole('row', { name: /broken\.json/ })).toContainText('not a result file');
  await expect(notCounted.getByRole('row', { name: /Ben Again/ })).toContainText(
    'It states another outcome than its moves give: the file was altered.',
  );
  await expect(notCounted.getByRole('row', { name: /Zed Stranger/ })).toContainText(
    `Of class ${otherClass.code}, not the class shown.`,
  );
  await expect(notCounted.getByRole('row', { name: /Ola Halvane/ })).toContainText(
    `A result of “${halvane.meta.title}”, not of the scenario shown.`,
  );
  expect(await seriousViolations(page)).toEqual([]);

  // The CSV: one row per student, the names as written.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${geneva.meta.id}-${game.code}-results.csv`);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(NAMES.length + 1);
  expect(lines[0]).toMatch(/^Student,Class code,Date,Scenario,Length,Every delegation came,/);
  for (const [i, name] of NAMES.entries()) {
    expect(lines[i + 1]).toContain(`${name},${game.code},2026-03-10,`);
    expect(lines[i + 1]).toContain(results[i]!.outcome.deal ? ',short,yes,' : ',short,no,');
  }

  // A student's game, move by move, to its last move and the outcome.
  await page.getByRole('button', { name: `Replay ${NAMES[2]}'s game` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${NAMES[2]}’s game` })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  await expect(status).toContainText('Step 0 of');
  await expect(page.getByText('The opening morning.').last()).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(status).toContainText('Step 1 of');
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText('Step 2 of');
  await page.keyboard.press('End');
  const last = results[2]!.moves.filter((m) => m.type !== 'reply').length;
  await expect(status).toContainText(`Step ${last} of ${last}`);
  await expect(page.getByRole('heading', { level: 4, name: 'The conference' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(status).toContainText('Step 0 of');
  // Escape goes back to the class, with the focus on the student whose game it was.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: `Replay ${NAMES[2]}'s game` })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Class results' })).toBeVisible();
});

test('a damaged file alone, or another class’s files, are refused or set apart, never mixed in', async ({
  page,
}) => {
  await openClassResults(page);
  // Dropped on the page, as from a shared folder.
  await page.getByRole('group', { name: 'Drop result files here' }).evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'broken.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, damaged.buffer.toString());
  await expect(
    page.getByText('None of the files opened is a result this copy of the game can count'),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /broken\.json/ })).toContainText('not a result file');
  // A file far larger than any result is refused by its size, unread.
  await pickFiles(page, [file('huge.json', ' '.repeat(1_100_000))]);
  await expect(page.getByRole('row', { name: /huge\.json/ })).toContainText('far larger than a result file');
  // Two classes: the larger is shown, and the teacher may switch to the other.
  await pickFiles(page, [...classFiles.slice(0, 2), foreign]);
  await expect(page.getByRole('heading', { level: 2, name: `Class ${game.code}` })).toContainText(
    '2 students',
  );
  const theirs = await page.locator('option', { hasText: otherClass.code }).getAttribute('value');
  await page.getByRole('combobox', { name: 'Class shown' }).selectOption(theirs!);
  await expect(page.getByRole('heading', { level: 2, name: `Class ${otherClass.code}` })).toContainText(
    '1 student',
  );
  await expect(page.locator('tbody.not-counted')).toContainText(
    `Of class ${game.code}, not the class shown.`,
  );
  await page.getByRole('button', { name: 'Clear the results' }).click();
  await expect(page.getByText('No results opened yet.')).toBeVisible();
});

test('the class view prints as a document of several pages, without the controls', async ({ page }, info) => {
  await openClassResults(page);
  await pickFiles(page, classFiles);
  await expect(page.getByRole('heading', { level: 2, name: `Class ${game.code}` })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Choose result files…' })).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Class results' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Across' })).toBeHidden();
  await expect(page.locator('canvas')).toBeHidden();
  await expect(page.getByRole('group', { name: /students’ texts:/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  await info.attach('class.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(6);
});

test('the tabs follow the arrow keys, Home and End with the focus; Escape and the way back keep the class', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'For teachers' }).click();
  const tab = (name: string) => page.getByRole('tab', { name });
  await expect(tab('Class code')).toBeFocused();
  const keys: [string, string][] = [
    ['ArrowRight', 'Role briefs'],
    ['ArrowRight', 'Class results'],
    ['End', 'Lesson guide'],
    ['ArrowRight', 'Class code'],
    ['ArrowLeft', 'Lesson guide'],
    ['Home', 'Class code'],
    ['ArrowLeft', 'Lesson guide'],
    ['ArrowLeft', 'Live session'],
    ['ArrowLeft', 'Class results'],
  ];
  for (const [key, name] of keys) {
    await page.keyboard.press(key);
    await expect(tab(name)).toBeFocused();
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(tab(name)).toHaveAttribute('tabindex', '0');
  }
  await pickFiles(page, [...classFiles.slice(0, 3), damaged]);
  const heading = page.getByRole('heading', { level: 2, name: `Class ${game.code}` });
  await expect(heading).toContainText('3 students');
  // Escape does not leave the page; going to the title and back finds the class as it was.
  await tab('Class results').focus();
  await page.keyboard.press('Escape');
  await expect(heading).toBeVisible();
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await page.getByRole('button', { name: 'For teachers' }).click();
  await expect(tab('Class results')).toHaveAttribute('aria-selected', 'true');
  await expect(heading).toContainText('3 students');
  await expect(page.locator('tbody.not-counted').getByRole('row', { name: /broken\.json/ })).toHaveCount(1);
  // The same files picked again add nothing, the damaged one included.
  await pickFiles(page, [...classFiles.slice(0, 3), damaged]);
  await expect(heading).toContainText('3 students');
  await expect(page.locator('tbody.not-counted').getByRole('row', { name: /broken\.json/ })).toHaveCount(1);
});
