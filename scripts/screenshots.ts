import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browserPath';

/**
 * Every screen of one game at the three laptop and desktop sizes, for a person to look at:
 * `npm run screenshots [folder]` (default `screenshots/`). Serves the e2e build on 127.0.0.1.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const PORT = 4179;
const outDir = process.argv[2] ?? 'screenshots';

async function tour(page: Page, shoot: (name: string) => Promise<void>): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/?seed=11`);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await shoot('01-title');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Begin:/ }).waitFor();
  await shoot('02-briefing');
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).waitFor();
  await shoot('03-day');
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await shoot('04-meeting-room');
  await page.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await shoot('05-after-consult');
  await page.getByRole('button', { name: /^Table the text/ }).click();
  await page
    .getByText(/^Sergei Lavrov:/)
    .first()
    .waitFor();
  await shoot('06-after-table');
  await page.getByRole('button', { name: 'End the day' }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).waitFor();
  await shoot('07-news');
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  // The days run out: a quiet night goes straight to the next meeting room, a morning with news shows it.
  while ((await page.locator('.screen-conference').count()) === 0) {
    const date = await page.locator('.status-date').textContent();
    await page.getByRole('button', { name: 'End the day' }).click();
    await page.waitForFunction(
      (before) =>
        document.querySelector('.screen-conference') ||
        [...document.querySelectorAll('button')].some((b) => b.textContent === 'Go to the meeting room') ||
        document.querySelector('.status-date')?.textContent !== before,
      date,
    );
    const morning = page.getByRole('button', { name: 'Go to the meeting room' });
    if ((await morning.count()) > 0) await morning.click();
  }
  await page.getByRole('button', { name: 'Continue' }).waitFor();
  await shoot('08-conference-arriving');
  // Every delegation in its seat (or not), the hall drawn with them.
  await page.getByRole('button', { name: /^Show all/ }).click();
  await page.waitForTimeout(400);
  await shoot('08-conference');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the debrief' }).waitFor();
  await shoot('09-outcome');
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await page.getByRole('heading', { level: 1, name: 'Debrief' }).waitFor();
  await shoot('10-debrief');
  await page.getByRole('button', { name: 'Open all sections' }).click();
  await page
    .getByRole('heading', { level: 2, name: 'Your deal among every possible text' })
    .scrollIntoViewIfNeeded();
  await shoot('11-debrief-charts');
  await page.screenshot({ path: join(outDir, 'debrief-full.png'), fullPage: true, animations: 'disabled' });

  // The teacher's page, each tab; the class view with this game's result in it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the result for your teacher' }).click();
  const result = await (await download).path();
  await page.getByRole('button', { name: 'Play again' }).click();
  await page.getByRole('button', { name: 'For teachers' }).click();
  await page.getByRole('radio', { name: /^Short game/ }).check();
  await shoot('12-teacher-code');
  await page.getByRole('tab', { name: 'Role briefs' }).click();
  await shoot('13-teacher-briefs');
  await page.getByRole('tab', { name: 'Class results' }).click();
  await page.locator('input[type=file][accept*=".json"]').setInputFiles(result);
  await page.waitForTimeout(1500);
  await shoot('14-teacher-class');
  await page.getByRole('tab', { name: 'Lesson guide' }).click();
  await page.getByRole('heading', { level: 1 }).last().waitFor();
  await shoot('15-teacher-guide');
  // Hot-seat: the Coalition played by a student, behind the privacy screen.
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await page.getByText('Play some delegations yourselves (hot-seat)').click();
  await page
    .getByRole('radio', { name: /student/i })
    .last()
    .check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await page.getByRole('button', { name: 'Go to the meeting room' }).click();
  await page.getByRole('button', { name: /^Table the text/ }).click();
  await page.getByRole('button', { name: /^I am / }).waitFor();
  await shoot('16-hot-seat-privacy');
  await page.getByRole('button', { name: /^I am / }).click();
  await shoot('17-hot-seat-brief');
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--mode', 'e2e', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      stdio: 'ignore',
    },
  );
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const browser = await chromium.launch({
      executablePath: (await findChromium()).path,
      args: CHROMIUM_ARGS,
    });
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size });
      await tour(page, (name) =>
        page
          .screenshot({
            path: join(outDir, `${name}-${size.width}x${size.height}.png`),
            animations: 'disabled',
          })
          .then(() => undefined),
      );
      await page.close();
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

await main();
