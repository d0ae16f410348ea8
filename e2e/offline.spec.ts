import { E2E_OUT_DIR } from './buildDir';
import { expect, test } from './fixtures';
import { callConferenceFromPlan, startGame } from './play';
import { serveFolder } from './staticServer';

// The service worker is blocked in the other browser tests (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after one visit the game plays offline, sound and all, through to the debrief', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const fromNetwork: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && response.url().startsWith('http')) fromNetwork.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  // The worker takes the page once it has cached every file of the game.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });

  // The network goes; the game is opened again (startGame loads its address) and played.
  await context.setOffline(true);
  fromNetwork.length = 0;
  await startGame(page);
  await callConferenceFromPlan(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();

  // The sound came from the cache: its files loaded (Howler would report them unloaded otherwise) and played.
  const sound = () =>
    page.evaluate(() => ({ played: window.__envoy?.cuesPlayed, loaded: window.__envoy?.soundsLoaded() }));
  await expect
    .poll(async () => (await sound()).played)
    .toEqual(expect.arrayContaining(['ui-start', 'gavel']));
  expect((await sound()).loaded).toEqual(expect.arrayContaining(['ui-start', 'gavel']));
  expect(fromNetwork, 'requests that were not answered from the cache').toEqual([]);
  // The live session's chunks are cached, but a game played offline never loads them.
  expect(requested.filter((path) => /\/(studentLink|teacherLink)-/.test(path))).toEqual([]);
});

test('from a subfolder of a web server: every file from there, installable, and a new version offered, never forced', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const FOLDER = '/games/envoy/';
  // A new version of the game on the server changes its service worker.
  let version = 1;
  const site = await serveFolder(E2E_OUT_DIR, FOLDER, (file, body) =>
    file === 'sw.js' ? `${body}\n// version ${version}\n` : body,
  );
  const outside: string[] = [];
  // The page's requests and the service worker's (which fetches every file to cache it).
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(FOLDER)) outside.push(url.pathname);
  });
  try {
    await page.goto(`${site.url}?seed=11`);
    await expect(page.getByRole('heading', { level: 1, name: 'Geneva II: The Envoy' })).toBeVisible();

    // The manifest, linked from the page, names the game and has its icons at the sizes it says.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      const json = await (await fetch(link.href)).json();
      const icons = await Promise.all(
        json.icons.map(async (icon: { src: string; type: string }) => {
          const blob = await (await fetch(new URL(icon.src, link.href))).blob();
          const image = icon.type === 'image/png' ? await createImageBitmap(blob) : null;
          return { ...icon, type: blob.type, width: image?.width, height: image?.height };
        }),
      );
      return { ...json, href: new URL(link.href).pathname, icons };
    });
    expect(manifest).toMatchObject({
      href: `${FOLDER}manifest.webmanifest`,
      name: 'Geneva II: The Envoy',
      short_name: 'The Envoy',
      display: 'standalone',
      start_url: './',
      scope: './',
      theme_color: '#16130f',
      background_color: '#16130f',
    });
    const png = (size: number, purpose: string) =>
      expect.objectContaining({
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose,
        width: size,
        height: size,
      });
    expect(manifest.icons).toEqual(
      expect.arrayContaining([png(192, 'any'), png(512, 'any'), png(512, 'maskable')]),
    );
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', './icon.svg');

    // The service worker keeps the game for this folder.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(FOLDER);
    // Chromium finds nothing that keeps it from installing the game (manifest, icons, worker).
    const cdp = await page.context().newCDPSession(page);
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });

    // A new version: the next visit finds it; it installs and waits, and the game goes on.
    version = 2;
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'A new version of the game is ready.' });
    await expect(notice).toBeVisible();
    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeFocused();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await start.click();
    await page.getByRole('button', { name: /^Begin:/ }).click();
    const meet = page.getByRole('button', { name: 'Go to the meeting room' });
    await expect(meet).toBeVisible();
    const state = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(registration?.waiting), sameDocument: 'sameDocument' in window };
      });
    expect(await state()).toEqual({ waiting: true, sameDocument: true });

    // Only the player's click lets it in; the page reloads into the saved game.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    expect(await state()).toEqual({ waiting: false, sameDocument: false });
    await expect(meet).toBeVisible();
    await expect(notice).toBeHidden();
    // Every request stayed in the folder (and the fixture fails the test on any 404).
    expect(outside).toEqual([]);
  } finally {
    await site.close();
  }
});
