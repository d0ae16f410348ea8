import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { endDayToNextRoom, startGame } from './play';

// The one-file copy (`npm run build:single`), built here with the test hooks (mode e2e), opened from disk.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = `dist-e2e-single-${port}`;
const file = resolve(outDir, 'geneva-ii-the-envoy.html');
const vite = existsSync('node_modules/.bin/vite') ? 'node_modules/.bin/vite' : 'vite';

test.beforeAll(() => {
  test.setTimeout(120_000);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(vite, ['build', '--mode', 'e2e', '--logLevel', 'error', '--outDir', outDir], {
    env: { ...process.env, VITE_SINGLE_FILE: 'true' },
    stdio: 'inherit',
  });
});

test('the one-file copy plays from disk with its art, sound and fonts, and asks nothing of a network', async ({
  page,
}) => {
  const address = pathToFileURL(file).href;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) elsewhere.push(request.url());
  });
  await page.goto(address);

  // Its own policy: the inline script is allowed by its hash, and nothing else inline runs.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

  // A live session needs the class server's address: a file has none, and the student is told so.
  await page.getByLabel('Class code').fill('ABC123');
  await page.getByRole('button', { name: 'Join the class game' }).click();
  await expect(page.getByText('This copy of the game has no class server')).toBeVisible();

  // The art: the typed pages are drawn on the desk (their paper colour, nowhere else on the dark wood).
  const paper = await page.locator('#stage canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - 0xef) + Math.abs(data[i + 1]! - 0xe7) + Math.abs(data[i + 2]! - 0xd6) < 12)
        count++;
    return count;
  });
  expect(paper).toBeGreaterThan(5000);

  // The fonts: every IBM Plex face the page uses loads from inside the file.
  const faces = await page.evaluate(async () => {
    const wanted = ['400 16px "IBM Plex Sans"', '600 16px "IBM Plex Sans"', '400 16px "IBM Plex Serif"'];
    wanted.push('600 16px "IBM Plex Serif"', '400 16px "IBM Plex Mono"');
    const loaded = await Promise.all(wanted.map((font) => document.fonts.load(font)));
    return loaded.map((found, i) => `${wanted[i]}: ${found.filter((f) => f.status === 'loaded').length > 0}`);
  });
  expect(
    faces.every((face) => face.endsWith(': true')),
    faces.join('\n'),
  ).toBe(true);

  // One day, played as a student would; the sound plays from inside the file.
  await startGame(page, 11, address);
  await expect.poll(() => page.evaluate(() => window.__envoy?.cuesPlayed)).toContain('ui-start');
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  for (const name of ['Russia', 'United States', 'Syrian National Coalition'])
    await page.getByRole('button', { name: `Consult in private with ${name}` }).click();
  await expect(page.getByText('0 of 3 actions left today')).toBeVisible();
  await endDayToNextRoom(page);
  await expect(page.locator('.status-date')).toHaveText('Monday 13 January 2014');

  expect(elsewhere).toEqual([]);
});

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));
