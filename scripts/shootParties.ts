import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browserPath';
import { manyPartiesScenario } from '../e2e/manyParties';

/** The meeting room and the final day with 2, 4 and 8 parties of hard names, at three sizes (for a person to look at). */
const PORT = 4188;
const outDir = process.argv[2] ?? '/tmp/parties';
mkdirSync(outDir, { recursive: true });
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--mode',
    'e2e',
    '--outDir',
    'dist-shots',
    '--port',
    String(PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: (await findChromium()).path,
  args: [...CHROMIUM_ARGS],
});
try {
  for (const n of [2, 4, 8]) {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`http://127.0.0.1:${PORT}/?seed=3`);
      await page.locator('input[type=file]').setInputFiles({
        name: `p${n}.yaml`,
        mimeType: 'text/yaml',
        buffer: Buffer.from(manyPartiesScenario(n)),
      });
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: /^Begin:/ }).click();
      await page.screenshot({ path: join(outDir, `p${n}-${size.width}-plan.png`) });
      await page.getByRole('button', { name: 'Go to the meeting room' }).click();
      await page.getByRole('button', { name: /^Table the text/ }).click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(outDir, `p${n}-${size.width}-room.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(n, size.width, 'overflow-x', overflow);
      await page.getByText(/Call the .* now…/).count();
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
