import type Phaser from 'phaser';

/** How long the canvas keeps drawing after the last change: the longest tween (a walk to a chair) and a margin. */
export const AWAKE_MS = 2000;

/**
 * The canvas draws only while something on it can move: after a change of the game, of the page's layout or of
 * the window, for AWAKE_MS, and while a tween runs. A canvas drawn every frame in software (a school laptop with
 * no graphics card, a test browser) slowed the whole page to about 14 frames a second; asleep it costs nothing.
 */
export function renderOnDemand(
  game: Phaser.Game,
  ui: HTMLElement,
  /** Whether the canvas may rest at all: not while the game loads its art. */
  mayRest: () => boolean,
): { wake(): void } {
  let deadline = 0;
  let checking = false;
  const tweening = () => game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
  const check = () => {
    const left = deadline - performance.now();
    if (left > 0 || tweening() || !mayRest()) {
      setTimeout(check, Math.max(100, left));
      return;
    }
    checking = false;
    if (game.loop.running) game.loop.sleep();
  };
  const wake = () => {
    deadline = performance.now() + AWAKE_MS;
    if (!game.loop.running) game.loop.wake();
    if (!checking) {
      checking = true;
      setTimeout(check, AWAKE_MS);
    }
  };
  // The stage windows the table and the hall draw into move with the DOM, and the hall's reveal is an attribute.
  new MutationObserver(wake).observe(ui, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-revealed', 'open', 'class', 'hidden'],
  });
  window.addEventListener('resize', wake);
  // A scroll moves the windows too (captured: the page scrolls inside its own containers).
  document.addEventListener('scroll', wake, { capture: true, passive: true });
  wake();
  return { wake };
}
