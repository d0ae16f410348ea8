import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seriousViolations } from './a11y';
import { expect, screenshot, test } from './fixtures';

/** The build the browser tests serve (playwright.config.ts): its own folder for each port. */
const port = Number(process.env.E2E_PORT ?? 4173);
const assets = join(import.meta.dirname, '..', port === 4173 ? 'dist-e2e' : `dist-e2e-${port}`, 'assets');

test('the lesson guide opens on the teacher’s page, without the network once the game has loaded', async ({
  page,
}) => {
  // The guide comes in a chunk of its own, fetched in the background after the game starts...
  const fetched = page.waitForResponse((response) => /teaching/.test(response.url()) && response.ok());
  await page.goto('/');
  await fetched;
  // ...so it opens when the network has gone since (the sound, fetched on the first click, is its own business).
  await page.route(/teaching/, (route) => route.abort('internetdisconnected'));

  await page.getByRole('button', { name: 'For teachers' }).click();
  await page.getByRole('tab', { name: 'Lesson guide' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Lesson guide' });
  // Under the page's own h1, the guide's title is a level-2 heading and its sections level 3.
  await expect(
    panel.getByRole('heading', { level: 2, name: 'Teaching with Geneva II: The Envoy' }),
  ).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3, name: 'Debrief questions' })).toBeVisible();
  await expect(panel.getByRole('table').first()).toBeVisible();
  await expect(panel.getByRole('cell', { name: 'Pareto efficiency', exact: true })).toBeVisible();
  // Markdown's marks are not shown as characters: **strong** is bold, not asterisks.
  await expect(panel.getByText('**')).toHaveCount(0);
  await expect(panel.locator('strong', { hasText: 'Walk-away values' })).toBeVisible();
  await screenshot(page, 'lesson guide');
  expect(await seriousViolations(page)).toEqual([]);

  // The contents scroll to a section, and the address stays the teacher's page.
  const before = page.url();
  const contents = panel.getByRole('navigation', { name: 'In this guide' });
  await contents.getByRole('link', { name: 'Debrief questions' }).click();
  const questions = panel.getByRole('heading', { level: 3, name: 'Debrief questions' });
  await expect(questions).toBeInViewport();
  await expect(panel.getByText(/^Which issue did your text concede first/)).toBeVisible();
  expect(page.url()).toBe(before);
  await screenshot(page, 'lesson guide, the questions');

  // A link to a file of the repository is words, not a dead link, in the game.
  await expect(panel.getByRole('link', { name: 'README' })).toHaveCount(0);
  await expect(panel.getByText('README', { exact: true })).toBeVisible();
});

test('the guide is not in the game’s first download', () => {
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const holding = files.filter((f) =>
    readFileSync(join(assets, f), 'utf8').includes('A negotiation game for one or two lessons'),
  );
  expect(holding).toHaveLength(1);
  const html = readFileSync(join(assets, '..', 'index.html'), 'utf8');
  // The page's own script is not the chunk that holds the guide.
  expect(html).not.toContain(holding[0]);
});
