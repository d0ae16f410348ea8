import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { manyPartiesScenario } from './manyParties';

/** Nothing a scenario names may push past its box: a name wraps inside its card, the page never scrolls sideways. */
async function expectNothingSpills(page: Page): Promise<void> {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  const spills = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.delegation, .clause, .address, .mark-key')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent?.slice(0, 40)),
  );
  expect(spills, 'boxes whose text runs out of them').toEqual([]);
}

async function openRoom(page: Page, parties: number): Promise<void> {
  await page.goto('/?seed=3');
  await page.locator('input[type=file]').setInputFiles({
    name: `harbour-${parties}.yaml`,
    mimeType: 'text/yaml',
    buffer: Buffer.from(manyPartiesScenario(parties)),
  });
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
}

for (const parties of [2, 4, 8]) {
  test(`the meeting room holds ${parties} parties with long names at 1280×720`, async ({ page }) => {
    await openRoom(page, parties);
    await expect(page.locator('article.delegation')).toHaveCount(parties);
    await expectNothingSpills(page);
    // The addressee boxes stay on one line beside the table button.
    const address = page.locator('fieldset.address');
    const lineHeight = await address.evaluate(
      (el) => Number.parseFloat(getComputedStyle(el).lineHeight) || 24,
    );
    expect((await address.boundingBox())!.height).toBeLessThan(lineHeight * 2.5);
    await page.getByRole('button', { name: /^Table the text/ }).click();
    await expect(page.locator('.delegation .answer-of')).toHaveCount(parties);
    await expectNothingSpills(page);
  });
}

test('a right-to-left override or a stack of accents in a scenario cannot disguise or overdraw its text', async ({
  page,
}) => {
  await openRoom(page, 8);
  // The override is taken out when the file is read, so the title reads as its letters are written.
  await expect(page.getByText('Harbour etutitsni board').first()).toBeVisible();
  const accents = await page
    .locator('.delegation h2')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').normalize('NFD').match(/\p{M}{5,}/u)));
  expect(accents.filter(Boolean)).toEqual([]);
});
