import { allowFailures, expect, screenshot, stateOf, test } from './fixtures';

test('boots to the title and starts with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Geneva II: The Envoy' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'true');
  await expect(start).toBeFocused();
  expect(await page.evaluate(() => performance.getEntriesByName('title-interactive').length)).toBe(1);
  await screenshot(page, 'title');

  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Geneva II: the run-up, 12–22 January 2014' }),
  ).toBeVisible();
  expect(await stateOf(page)).toBe('"briefing"');
  await expect.poll(() => page.evaluate(() => window.__envoy?.cuesPlayed)).toContain('ui-start');
  await screenshot(page, 'briefing');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
});

test('every title control is reachable with Tab and usable with Space', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  const scenario = page.getByRole('radio', { name: /Geneva II: the run-up/ });
  // Between the scenario and Start, the closed choice of seats for hot-seat play.
  const seats = page.getByText('Play some delegations yourselves (hot-seat)');
  await page.keyboard.press('Shift+Tab');
  await expect(seats).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(scenario).toBeFocused();
  await expect(scenario).toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('slider', { name: 'Volume' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const sound = page.getByRole('button', { name: 'Sound' });
  await expect(sound).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  await expect(sound).toContainText('Sound off');
  // With sound off the volume slider is disabled, so Tab goes straight on to the scenario, then Start.
  await page.keyboard.press('Tab');
  await expect(scenario).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(seats).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Begin:/ })).toBeVisible();
  // Sound is off: Start makes no sound.
  expect(await page.evaluate(() => window.__envoy?.cuesPlayed)).toEqual([]);
});

test('the sound setting survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sound' }).click();
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Sound' }).click();
  await page.getByRole('slider', { name: 'Volume' }).fill('30');
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Volume' })).toHaveValue('30');
});

test('no sound plays before the first gesture', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.evaluate(() => window.__envoy?.cuesPlayed)).toEqual([]);
  // Howler is loaded lazily on the first cue, so no AudioContext exists yet.
  expect(await page.evaluate(() => 'Howler' in window)).toBe(false);
});

test('a missing asset shows a readable error screen, not a blank canvas', async ({ page }) => {
  allowFailures(/typed-page-a|status of 404/);
  await page.route('**/typed-page-a-*.svg', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { name: 'The game could not continue' })).toBeVisible();
  await expect(alert).toContainText('A file of the game did not load.');
  await expect(alert).toContainText('typed-page-a');
  await expect(alert.getByRole('button', { name: 'Reload the game' })).toBeVisible();
  await screenshot(page, 'load-failure');
});
