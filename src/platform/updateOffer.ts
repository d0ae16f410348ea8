/**
 * When a new version of the game may take over the page. The service worker installs a new version in the
 * background; it waits until the player accepts the offer (the game autosaves, so the reload that follows
 * resumes where they were), and never takes over mid-game by itself.
 */

/** The part of vite-plugin-pwa's `registerSW` (`virtual:pwa-register`) that the offer uses. */
export type RegisterSW = (options: {
  /** A new version is installed and waiting. */
  onNeedRefresh?: () => void;
  /** A new version has taken over this page (this tab's acceptance, or another tab's). */
  onNeedReload?: () => void;
  onRegisterError?: (error: unknown) => void;
}) => (reloadPage?: boolean) => Promise<void>;

export interface UpdatePort {
  /** Shows the offer; `accept` is the player's "Reload to update". */
  offer(accept: () => void): void;
  reload(): void;
  warn(message: string, error: unknown): void;
}

export function offerUpdates(register: RegisterSW, port: UpdatePort): void {
  let accepted = false;
  let takenOver = false;
  const accept = () => {
    if (accepted) return;
    accepted = true;
    // Another tab already let the new version in: nothing is waiting any more, so reload now.
    if (takenOver) port.reload();
    // Otherwise the waiting worker is told to take over, and onNeedReload reloads once it has.
    else void activate();
  };
  const activate = register({
    onNeedRefresh: () => port.offer(accept),
    onNeedReload: () => {
      takenOver = true;
      if (accepted) port.reload();
    },
    onRegisterError: (error) => port.warn('The game could not be kept for offline play.', error),
  });
}
