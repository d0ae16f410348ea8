import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callConferenceFromPlan } from './play';

// The class server (`npm run class`) serving this run's own e2e build, on a port of its own.
const e2ePort = Number(process.env.E2E_PORT ?? 4173);
const BUILD = e2ePort === 4173 ? 'dist-e2e' : `dist-e2e-${e2ePort}`;
let BASE = '';
const KEY = 'e2e-server-key-not-a-secret';
const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

let server: ChildProcess | null = null;
let dataDir = '';
let serverLog = '';

test.beforeAll(async () => {
  // Each worker that runs a test of this file starts its own server.
  const PORT = e2ePort + 2000 + Number(process.env.TEST_WORKER_INDEX ?? 0);
  BASE = `http://127.0.0.1:${PORT}`;
  dataDir = mkdtempSync(join(tmpdir(), 'envoy-live-e2e-'));
  server = spawn(node, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      CLASS_DATA: dataDir,
      CLASS_SERVER_KEY: KEY,
      CLASS_STATIC: BUILD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => {
    serverLog += String(chunk);
  });
  server.stderr?.on('data', (chunk) => {
    serverLog += String(chunk);
  });
  for (let i = 0; i < 300; i++) {
    if (/class server on port/.test(serverLog)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the class server did not start:\n${serverLog}`);
});

test.afterAll(async () => {
  // The server writes its sessions as it stops: the folder goes once it has.
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page in a browser context of its own (another device), failing the test on any console error. */
async function device(browser: Browser, problems: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return page;
}

async function studentJoins(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`${BASE}/`);
  await page.getByLabel('Class code').fill(code);
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Join the class game' }).click();
  await expect(page.locator('#ui[data-screen="briefing"]')).toBeVisible();
}

const rows = (teacher: Page) => teacher.locator('.live-table tbody tr');

/** The teacher's page on the live tab, with the session's choices made (the key not yet typed). */
async function teacherOnLiveTab(browser: Browser, problems: string[], mode: RegExp): Promise<Page> {
  const teacher = await device(browser, problems);
  await teacher.goto(`${BASE}/#teacher`);
  await teacher.getByRole('tab', { name: 'Live session' }).click();
  await teacher.getByRole('radio', { name: /^Short/ }).check();
  await teacher.getByRole('radio', { name: mode }).check();
  return teacher;
}

test('a teacher runs a live session: two students on their own devices, watched, paused, given news, and their results', async ({
  browser,
}) => {
  // Three devices and a server on two cores: slower than one page's test, never stuck.
  test.setTimeout(150_000);
  const problems: string[] = [];
  const teacher = await teacherOnLiveTab(browser, problems, /^Each student plays/);
  // The wrong key is refused with the fix; the right one opens a session and its code for the board.
  await teacher.getByLabel('Server key').fill('a guess');
  await teacher.getByRole('button', { name: 'Open a live session' }).click();
  await expect(teacher.getByRole('alert')).toContainText('server key');
  await teacher.getByLabel('Server key').fill(KEY);
  await teacher.getByRole('button', { name: 'Open a live session' }).click();
  const shown = (await teacher.getByTestId('live-code').textContent()) ?? '';
  expect(shown).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  await expect(teacher.getByText('No student has joined yet.')).toBeVisible();
  // The session's games are one offline class code's game: what the results carry and the class view checks.
  const offline = /class code (\w{4}-\w{4})/.exec(
    (await teacher.getByText(/^The same game offline/).textContent()) ?? '',
  )?.[1];
  expect(offline).toBeTruthy();

  const amina = await device(browser, problems);
  const omar = await device(browser, problems);
  await studentJoins(amina, shown, 'Amina');
  // Omar types it as students do: lower case, no dash.
  await studentJoins(omar, shown.toLowerCase().replace('-', ''), 'Omar');
  await expect(amina.getByRole('status').filter({ hasText: `Live session ${shown}` })).toBeVisible();
  await expect(rows(teacher)).toHaveCount(2);
  // Names stay hidden until the teacher shows them.
  await expect(rows(teacher).locator('th')).toHaveText(['Student 1', 'Student 2']);

  // Amina plays; the teacher sees her move, and Omar's game is untouched.
  await amina.getByRole('button', { name: /^Begin:/ }).click();
  await amina.getByRole('button', { name: 'Go to the meeting room' }).click();
  await amina.getByRole('button', { name: 'Consult in private with Russia' }).click();
  await expect(rows(teacher).nth(0).locator('td.num')).toHaveText('1');
  await expect(rows(teacher).nth(1).locator('td.num')).toHaveText('0');

  // Paused: every student sees it and nothing under it takes a click; resumed, the game goes on.
  await teacher.getByRole('button', { name: 'Pause the class' }).click();
  await expect(amina.getByRole('alertdialog', { name: 'Your teacher has paused the class' })).toBeVisible();
  await expect(omar.getByRole('alertdialog', { name: 'Your teacher has paused the class' })).toBeVisible();
  await expect(amina.locator('main.ui-stage')).toHaveJSProperty('inert', true);
  await teacher.getByRole('button', { name: 'Resume the class' }).click();
  await expect(amina.getByRole('alertdialog')).toHaveCount(0);

  // News from the teacher: one of the scenario's events, played into each game, read by each student.
  const select = teacher.getByLabel('Put news before the class');
  const event = (await select.locator('option').last().textContent()) ?? '';
  await select.selectOption({ label: event });
  await teacher.getByRole('button', { name: 'Send to every student' }).click();
  for (const student of [amina, omar]) {
    const news = student.getByRole('dialog', { name: event });
    await expect(news).toBeVisible();
    await news.getByRole('button', { name: 'Back to the talks' }).click();
    await expect(news).toHaveCount(0);
  }
  const log = await amina.evaluate(() => (window.__envoy!.run() as { log: { type: string }[] }).log);
  expect(log.map((m) => m.type)).toEqual(['consult', 'inject']);

  // Amina reloads: the same game comes back from the server, in the meeting room.
  await amina.reload();
  await expect(amina.getByRole('button', { name: 'Consult in private with Russia' })).toBeVisible();
  await expect(amina.getByRole('status').filter({ hasText: `Live session ${shown}` })).toBeVisible();
  const back = await amina.evaluate(() => (window.__envoy!.run() as { log: { type: string }[] }).log);
  expect(back.map((m) => m.type)).toEqual(['consult', 'inject']);

  // Results while the session goes on: none until a game is over; then Amina's, in Class results.
  await teacher.getByRole('button', { name: 'Open the results in Class results' }).click();
  await expect(teacher.getByText('No game has finished yet.')).toBeVisible();
  await amina.getByRole('button', { name: 'End the day' }).click();
  await amina.getByRole('button', { name: /^The plan for / }).click();
  await callConferenceFromPlan(amina);
  await expect(rows(teacher).nth(0)).toContainText(/everyone came|not everyone came/);
  await teacher.getByRole('button', { name: 'Show names' }).click();
  await expect(rows(teacher).locator('th')).toHaveText(['Amina', 'Omar']);
  await teacher.getByRole('button', { name: 'Open the results in Class results' }).click();
  await expect(teacher.getByRole('tab', { name: 'Class results', selected: true })).toBeVisible();
  await expect(teacher.getByRole('heading', { level: 2, name: `Class ${offline}` })).toBeVisible();
  await expect(teacher.getByText('Files not counted')).toHaveCount(0);

  // Or as files, named and written as the students' own downloads.
  await teacher.getByRole('tab', { name: 'Live session' }).click();
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download every result' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^geneva-2-2014-amina-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toMatchObject({
    student: 'Amina',
    classCode: offline,
    length: 'short',
  });

  // The end: students are told, and a move is no longer taken.
  await teacher.getByRole('button', { name: 'End the session' }).click();
  await teacher.getByRole('button', { name: /^End the session\? / }).click();
  await expect(omar.getByText('Your teacher has ended this session')).toBeVisible();
  await omar.getByRole('button', { name: /^Begin:/ }).click();
  await expect(omar.getByRole('alert')).toContainText('did not take that move');
  await expect(omar.locator('#ui[data-screen="briefing"]')).toBeVisible();
  await expect(teacher.getByText(/^The session has ended:/)).toBeVisible();
  expect(serverLog).not.toContain(KEY);
  // The one refusal the test asked for: the wrong server key.
  expect(problems.filter((p) => !p.includes('status of 403'))).toEqual([]);
});

test('seats: one student is the envoy, another holds Russia’s seat on their own device, the computer holds the rest', async ({
  browser,
}) => {
  // Three devices and a server on two cores: slower than one page's test, never stuck.
  test.setTimeout(150_000);
  const problems: string[] = [];
  const teacher = await teacherOnLiveTab(browser, problems, /^Groups at tables/);
  await teacher.getByLabel('Server key').fill(KEY);
  await teacher.getByRole('button', { name: 'Open a live session' }).click();
  const code = (await teacher.getByTestId('live-code').textContent()) ?? '';

  const envoy = await device(browser, problems);
  await studentJoins(envoy, code, 'Amina');
  const russia = await device(browser, problems);
  await russia.goto(`${BASE}/`);
  await russia.getByLabel('Class code').fill(code);
  await russia.getByLabel('Your name (optional)').fill('Omar');
  await russia.getByRole('button', { name: 'Join the class game' }).click();
  await expect(russia.getByRole('heading', { level: 1, name: 'Your seat: Russia' })).toBeVisible();
  await expect(russia.getByText('Waiting for the envoy to table a text.')).toBeVisible();
  // The delegation's page has no game of its own: the table's game is on the server.
  expect(await russia.evaluate(() => window.__envoy!.run())).toBeNull();
  await expect(teacher.locator('.live-seats')).toContainText(/RUS: Student 2/);

  // The envoy tables a text: the computer answers at once for the empty seats; the envoy waits for Russia.
  await envoy.getByRole('button', { name: /^Begin:/ }).click();
  await envoy.getByRole('button', { name: 'Go to the meeting room' }).click();
  await envoy.getByRole('button', { name: 'Table the text to every delegation' }).click();
  await expect(envoy.getByRole('heading', { name: 'The text is with the delegations' })).toBeVisible();
  await expect(envoy.getByText('Still to answer: Russia.')).toBeVisible();
  for (const page of [envoy, russia]) await expect(page.locator('.live-badge')).not.toHaveClass(/offline/);

  // Russia's student reads their own brief and rejects the text; the envoy is back in the meeting room.
  await expect(russia.getByRole('heading', { name: 'Your brief' })).toBeVisible();
  await russia.getByRole('button', { name: 'Reject it' }).click();
  await expect(russia.getByText('Waiting for the envoy to table a text.')).toBeVisible();
  await expect(envoy.getByRole('button', { name: 'Consult in private with Russia' })).toBeVisible();
  const log = await envoy.evaluate(
    () => (window.__envoy!.run() as { log: { type: string; party?: string }[] }).log,
  );
  expect(log.filter((m) => m.type === 'reply').map((m) => m.party)).toContain('russia');
  // Russia's student leaves the table: back on the title, the seat the computer's from now on.
  await russia.getByRole('button', { name: /^Leave the table/ }).click();
  await expect(russia.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(russia.locator('.live-badge')).toBeHidden();
  expect(problems).toEqual([]);
});
