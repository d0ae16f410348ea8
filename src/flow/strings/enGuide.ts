import type { Terms } from '../frame';

/** The lesson guide on the teacher's page (docs/teaching.md shown in the game): its frame, not its text. */
export function englishGuide(_t: Terms) {
  return {
    loading: 'Opening the lesson guide…',
    failed:
      'The lesson guide could not be fetched. Reload the page once the network is back; the guide is also the file docs/teaching.md in the game’s source.',
    contents: 'In this guide',
    print: 'Print the guide',
  };
}
