import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LIVE_PREFIX, removeLiveFiles, SCENARIOS_DIR } from './liveCleanup';

// Runs against the dev server (playwright.live.config.ts): `npx playwright test -c playwright.live.config.ts`.
const minimal = readFileSync(
  join(import.meta.dirname, '..', 'src', 'scenario', 'testing', 'minimalScenario.ts'),
  'utf8',
);
const YAML = /`([\s\S]*)`/.exec(minimal)![1]!;
const titled = (title: string) => YAML.replace('title: Harbour dispute', `title: ${title}`);
// Line 3 of the minimal scenario is `  id: harbour`: the id's value starts at column 7.
const BROKEN = titled('Live harbour').replace('id: harbour', 'id: Bad Id');

const FILE = `${LIVE_PREFIX}.yaml`;
const PATH = join(SCENARIOS_DIR, FILE);
/** Saved as an editor would: the dev server sees the change. */
const save = (text: string) => writeFileSync(PATH, text);

test.describe.configure({ mode: 'serial' });
test.beforeAll(removeLiveFiles);
test.afterAll(removeLiveFiles);
// Even when the run is interrupted here (the global teardown removes it too).
process.once('exit', removeLiveFiles);

test('a file saved in scenarios/ reaches the page without a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  // Added: the title's list shows it. Broken: its problems, with the line. Fixed: listed again.
  save(titled('Live harbour'));
  const choice = page.getByRole('radio', { name: /Live harbour/ });
  await expect(choice).toBeVisible();
  save(BROKEN);
  await expect(page.locator('.file-problems')).toContainText(`${FILE}:3:7  error  meta.id`);
  save(titled('Live harbour'));
  await expect(page.locator('.file-problems')).toHaveCount(0);
  await choice.check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Live harbour' })).toBeVisible();

  // Edited while on the briefing: the game restarts on the new text, and says so.
  save(titled('Live harbour, edited'));
  await expect(page.getByRole('heading', { level: 1, name: 'Live harbour, edited' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`scenarios/${FILE} changed: reloaded`);

  // Begun, then broken: its messages, with the line and column; the last good version plays on.
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Live harbour, edited' })).toBeHidden();
  save(BROKEN);
  const note = page.locator('[data-notice="live"]');
  await expect(note).toContainText(`scenarios/${FILE} changed and has problems`);
  await expect(note).toContainText(`${FILE}:3:7  error  meta.id: "Bad Id" is not a valid id`);
  expect(await page.locator('#ui').getAttribute('data-screen')).toMatch(/^run/);

  // Fixed: playable again, from its briefing.
  save(titled('Live harbour, fixed'));
  await expect(page.getByRole('heading', { level: 1, name: 'Live harbour, fixed' })).toBeVisible();
  await expect(note).toContainText('changed: reloaded');
  await page.getByRole('button', { name: /^Begin:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Live harbour, fixed' })).toBeHidden();

  // Deleted: the game goes on; the page was never reloaded.
  rmSync(PATH);
  await expect(note).toContainText(`scenarios/${FILE} was deleted`);
  expect(await page.locator('#ui').getAttribute('data-screen')).toMatch(/^run/);
  expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
});

test('Reopen reads an edited file again (File System Access handle)', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'envoy-reopen-'));
  const path = join(dir, 'mine.yaml');
  try {
    writeFileSync(path, titled('My harbour'));
    // Playwright cannot drive the browser's own picker: a handle that reads the file on disk stands in for it.
    await page.exposeFunction('readChosenFile', () => readFileSync(path, 'utf8'));
    await page.addInitScript(() => {
      const read = (window as unknown as { readChosenFile: () => Promise<string> }).readChosenFile;
      const handle = { name: 'mine.yaml', getFile: async () => new File([await read()], 'mine.yaml') };
      Object.assign(window, { showOpenFilePicker: async () => [handle] });
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open a scenario file…' }).click();
    await expect(page.getByRole('radio', { name: /My harbour/ })).toBeChecked();

    writeFileSync(path, BROKEN);
    await page.getByRole('button', { name: 'Reopen mine.yaml' }).click();
    await expect(page.locator('.file-problems')).toContainText('mine.yaml:3:7');
    // Offered where the file's problems are shown, too.
    await expect(page.getByRole('button', { name: 'Reopen mine.yaml' })).toBeVisible();

    writeFileSync(path, titled('My harbour, again'));
    await page.getByRole('button', { name: 'Reopen mine.yaml' }).click();
    await expect(page.getByRole('radio', { name: /My harbour, again/ })).toBeChecked();
    await expect(page.locator('.file-problems')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: /My harbour$/ })).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Reopen a file from the file input: asks for it again when the browser cannot re-read it', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'envoy-reopen-'));
  const path = join(dir, 'theirs.yaml');
  try {
    writeFileSync(path, titled('Their harbour'));
    // A browser without the File System Access API: the page's file input.
    await page.addInitScript(() => Object.defineProperty(window, 'showOpenFilePicker', { value: undefined }));
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a scenario file…' }).click();
    await (await chooser).setFiles(path);
    await expect(page.getByRole('radio', { name: /Their harbour/ })).toBeChecked();

    // Chromium reads the File again only while the file on disk is unchanged.
    await page.getByRole('button', { name: 'Reopen theirs.yaml' }).click();
    await expect(page.getByRole('radio', { name: /Their harbour/ })).toBeChecked();

    writeFileSync(path, titled('Their harbour, edited'));
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Reopen theirs.yaml' }).click();
    await expect(page.locator('[data-notice="live"]')).toContainText('theirs.yaml could not be read again');
    await (await again).setFiles(path);
    await expect(page.getByRole('radio', { name: /Their harbour, edited/ })).toBeChecked();
    await expect(page.locator('[data-notice="live"]')).toBeHidden();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
