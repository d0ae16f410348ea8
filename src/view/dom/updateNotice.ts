import { keepForOffline } from '../../platform/serviceWorker';
import { TEXT } from '../text';
import type { Ui } from './mountUi';

/**
 * Keeps the game for offline play and offers a new version as a notice: "Reload to update", or dismiss it and
 * play on. The notice leaves the keyboard focus where it is (a key pressed mid-game does not reload).
 */
export function offerUpdates(ui: Pick<Ui, 'notice'>): void {
  keepForOffline({
    offer: (accept) =>
      ui.notice('update', TEXT.update.ready, [{ label: TEXT.update.reload, run: accept }], true, false),
    reload: () => window.location.reload(),
    warn: (message, error) => console.warn(message, error),
  });
}
