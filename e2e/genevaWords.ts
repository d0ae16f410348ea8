import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Words of Geneva's frame that another scenario's screens must not show: the interface should speak in the
 * scenario's own vocabulary. Each is matched case-insensitively at the start of a word ("delegation" also
 * finds "delegations").
 */
export const GENEVA_ONLY_WORDS = [
  'Geneva',
  'Syria',
  'Brahimi',
  'UN·AL',
  'United Nations',
  'Arab States',
  'the war',
  'envoy',
  'delegation',
  'cables',
  'conference',
  'What really happened',
  'geneva-envoy',
] as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Fails if the page (its title and every word a person can see) shows one of Geneva's own words. The title
 * screen's list of scenarios is the one place Geneva may appear: the scenarios not chosen are not being played.
 */
export async function expectNoGenevaWords(page: Page, screen: string): Promise<void> {
  const shown = await page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
    let text = document.body.innerText;
    // The game's own name heads the title screen whatever scenario is chosen: it names the product, not the scenario.
    const product = document.querySelector<HTMLElement>('#title-heading');
    // biome-ignore lint/performance/useDomNodeTextContent: the same rendered text as above
    if (product) text = text.replace(product.innerText, '');
    for (const choice of document.querySelectorAll<HTMLElement>('.scenario-choice'))
      if (!choice.querySelector<HTMLInputElement>('input')?.checked)
        // biome-ignore lint/performance/useDomNodeTextContent: the same rendered text as above
        text = text.replace(choice.innerText, '');
    // What is read out or shown on hover, and what a closed section holds, count as much as what is shown.
    const labels = [...document.querySelectorAll<HTMLElement>('[title], [aria-label]')]
      .filter((el) => !el.closest('.scenario-choice'))
      .map((el) => `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
    const closed = [...document.querySelectorAll<HTMLElement>('details:not([open])')].map(
      (d) => d.textContent ?? '',
    );
    return [document.title, text, ...labels, ...closed].join('\n');
  });
  const found = GENEVA_ONLY_WORDS.filter((word) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}`, 'iu').test(shown),
  );
  expect(found, `Geneva-only words on the ${screen} screen`).toEqual([]);
}
