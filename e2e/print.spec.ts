import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { wordIdsText } from '../src/testing/wordIds';
import { seriousViolations } from './a11y';
import { expect, screenshot, test } from './fixtures';
import { pdfPageCount } from './pdfPages';
import { pdfPageTexts } from './pdfText';

/** Prints the page as a browser prints it to A4, keeps the PDF with the test's results, and reads its pages. */
async function printToPdf(page: Page, name: string): Promise<{ pages: number; text: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  await test.info().attach(name, { path: file, contentType: 'application/pdf' });
  const pages = pdfPageCount(pdf);
  const text = await pdfPageTexts(pdf);
  expect(text).toHaveLength(pages);
  return { pages, text: text.map((t) => t.trim()) };
}

/** What a control says on screen: none of it belongs on paper. */
async function buttonTexts(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'screen' });
  const texts = await page
    .locator('button')
    .evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim() ?? '').filter((t) => t.length > 3));
  return [...new Set(texts)];
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

async function openBriefs(page: Page, scenario: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'For teachers' }).click();
  await page.getByRole('radio', { name: scenario }).check();
  await page.getByRole('tab', { name: 'Role briefs' }).click();
}

for (const [scenario, parties] of [
  ['Geneva II', ['Russia', 'United States', 'Syrian National Coalition']],
  ['The Halvane Accord', ['Kethmoor', 'Orvanne', 'Lisk', 'Tamsa', 'Meridian Basin Fund']],
] as const) {
  test(`the role briefs of ${scenario} print one brief after another, each from a new page`, async ({
    page,
  }) => {
    await openBriefs(page, scenario);
    const preview = page.getByRole('region', { name: 'The briefs as they print' });
    await expect(preview.getByRole('article')).toHaveCount(parties.length + 1);
    const stamps = [
      ...parties.map((p) => `CONFIDENTIAL — FOR ${p.toUpperCase()} ONLY`),
      'CONFIDENTIAL — FOR THE',
    ];
    const buttons = await buttonTexts(page);
    expect(buttons).toContain('Print the briefs');

    const { pages, text } = await printToPdf(page, `briefs ${scenario}`);
    expect(pages).toBeGreaterThanOrEqual(parties.length + 1);
    expect(pages).toBeLessThanOrEqual((parties.length + 1) * 4);
    // Each brief begins a page, in order; every other page continues the brief before it.
    const starts = text.map((t) => stamps.findIndex((s) => t.startsWith(s)));
    expect(starts[0]).toBe(0);
    expect(starts.filter((s) => s >= 0)).toEqual(stamps.map((_, i) => i));
    text.forEach((t, i) => {
      // No brief starts in the middle of a page.
      const inside = t.slice(starts[i]! >= 0 ? 10 : 0);
      expect(inside, `page ${i + 1}`).not.toContain('CONFIDENTIAL — FOR');
    });
    const all = squash(text.join('\n'));
    for (const button of buttons) expect(all).not.toContain(button);
    expect(all).not.toMatch(/Show the numbers|Briefs for|Class code/);
    // Without the numbers, no points or walk-away values are printed.
    expect(all).not.toMatch(/\d+ points|walk-away value/i);
    expect(all).toContain('Your red lines: never accept');

    // With the numbers, one party's brief alone.
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Briefs for').selectOption({ label: parties[0] });
    await page.getByRole('checkbox', { name: 'Show the numbers' }).check();
    await expect(preview.getByRole('article')).toHaveCount(1);
    const one = await printToPdf(page, `brief ${parties[0]} with numbers`);
    expect(one.pages).toBeGreaterThanOrEqual(1);
    expect(one.pages).toBeLessThanOrEqual(4);
    expect(one.text[0]!.startsWith(stamps[0]!)).toBe(true);
    expect(squash(one.text.join('\n'))).toMatch(/Your walk-away value: \d+ points/);
  });
}

const DEBRIEFS = [
  {
    scenario: 'Geneva II',
    sections: [
      'Your deal among every possible text',
      'What each delegation wanted',
      'The news and your moves, day by day',
      'What really happened',
      'For discussion',
    ],
    pages: [5, 14],
  },
  {
    scenario: 'The Halvane Accord',
    sections: [
      'Your deal among every possible text',
      'What each party wanted',
      'The news and your moves, day by day',
      'The story behind the scenario',
      'For discussion',
    ],
    // Ten charts, one for each pair of five parties, and a page for each party.
    pages: [10, 24],
  },
] as const;

for (const {
  scenario,
  sections,
  pages: [fewest, most],
} of DEBRIEFS) {
  test(`the debrief of ${scenario} prints as a document of a few pages: every section, no controls`, async ({
    page,
  }) => {
    // Many steps, each slow on a busy machine.
    test.setTimeout(180_000);
    await page.goto('/?seed=11');
    await page.getByRole('radio', { name: scenario }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: /^Begin:/ }).click();
    await page.getByText(/^Call the \w+ now…$/).click();
    await page.getByRole('button', { name: /^Yes, call the \w+ now$/ }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Open the debrief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
    const buttons = await buttonTexts(page);
    expect(buttons).toContain('Print the debrief');

    await page.emulateMedia({ media: 'print' });
    // On paper: the document alone, without the desk, the toolbar or the canvas.
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('#stage')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    const { pages, text } = await printToPdf(page, `debrief ${scenario}`);
    expect(pages).toBeGreaterThanOrEqual(fewest);
    expect(pages).toBeLessThanOrEqual(most);
    const all = squash(text.join('\n'));
    for (const button of buttons) expect(all).not.toContain(button);
    // Every section is on paper, even those closed on screen.
    for (const heading of sections) expect(all).toContain(heading);
    // No page ends on a heading cut from what it heads.
    const headings = new Set<string>([
      ...sections,
      'Hidden priorities',
      'A better text',
      'The run-up, day by day',
    ]);
    for (const [i, page] of text.entries()) {
      const last =
        page
          .split('\n')
          .filter((l) => l.trim())
          .at(-1)
          ?.trim() ?? '';
      expect(headings.has(last), `page ${i + 1} ends on “${last}”`).toBe(false);
    }
    // Nor is a page left with a line or two on it.
    for (const [i, page] of text.slice(0, -1).entries())
      expect(page.split('\n').filter((l) => l.trim()).length, `page ${i + 1}`).toBeGreaterThan(3);
  });
}

test('on screen the teacher chooses whose briefs to see, with or without the numbers', async ({ page }) => {
  // At the smallest size the game supports; `npm run screenshots` shows the page at every size.
  await openBriefs(page, 'The Halvane Accord');
  const preview = page.getByRole('region', { name: 'The briefs as they print' });
  await expect(preview.getByRole('article')).toHaveCount(6);
  await expect(preview.getByText(/\d+ points/)).toHaveCount(0);
  await screenshot(page, 'briefs 1280');

  await page.getByLabel('Briefs for').selectOption({ label: 'The chair: Noor Calder' });
  await expect(preview.getByRole('article')).toHaveCount(1);
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Noor Calder');
  await page.getByLabel('Briefs for').selectOption({ label: 'Lisk' });
  await page.getByRole('checkbox', { name: 'Show the numbers' }).check();
  await expect(preview.getByText(/^Your walk-away value: \d+ points/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Show the numbers' })).toBeFocused();
  await expect(page.getByText('One brief, from a new page.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a party whose id is “mediator” or “all” has its own brief, apart from the chair’s and everyone’s', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'showOpenFilePicker', { value: undefined }));
  await page.goto('/');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'valleys.yaml', mimeType: 'text/yaml', buffer: Buffer.from(wordIdsText()) });
  await expect(page.getByRole('radio', { name: /Three valleys, one river/ })).toBeChecked();
  await page.getByRole('button', { name: 'For teachers' }).click();
  await page.getByRole('tab', { name: 'Role briefs' }).click();
  const preview = page.getByRole('region', { name: 'The briefs as they print' });
  const who = page.getByLabel('Briefs for');
  await expect(preview.getByRole('article')).toHaveCount(4);
  // Middle Valley's id is "mediator", Lower Valley's "all".
  await who.selectOption({ label: 'Middle Valley' });
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Middle Valley');
  await expect(who.locator('option:checked')).toHaveText('Middle Valley');
  await who.selectOption({ label: 'The mediator: The Envoy' });
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('The Envoy');
  await who.selectOption({ label: 'Lower Valley' });
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Lower Valley');
  await expect(who.locator('option:checked')).toHaveText('Lower Valley');
  await who.selectOption({ index: 0 });
  await expect(preview.getByRole('article')).toHaveCount(4);
});
