import type { Page } from '@playwright/test';

/** The DOM nodes and listeners the page holds once everything unreachable is collected (Chromium's own count). */
export async function domAfterGc(page: Page): Promise<{ nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection runs finalizers that free more for the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { nodes, listeners: jsEventListeners };
  } finally {
    await cdp.detach();
  }
}
