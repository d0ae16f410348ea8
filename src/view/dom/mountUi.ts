import type { AppActor, AppSnapshot } from '../../flow/appActor';
import { h } from './h';
import type { Screen, Send } from './screen';
import { briefingScreen } from './screens/briefingScreen';
import { failureScreen } from './screens/failureScreen';
import { loadingScreen } from './screens/loadingScreen';
import { titleScreen } from './screens/titleScreen';
import { soundToggle } from './soundToggle';

export interface UiHooks {
  /** Called once the title screen is on the page and accepts input. */
  onTitleInteractive(): void;
  reload(): void;
}

/** The DOM layer over the canvas: it shows the current state's screen and sends the player's events. */
export function mountUi(root: HTMLElement, actor: AppActor, hooks: UiHooks): void {
  const send: Send = (event) => actor.send(event);
  const toolbar = soundToggle(send);
  const bar = h('header', { class: 'toolbar' }, toolbar.el);
  const stage = h('main', { class: 'ui-stage' });
  root.replaceChildren(bar, stage);

  let shownState: string | undefined;
  let screen: Screen | undefined;

  const build = (snapshot: AppSnapshot): Screen => {
    if (snapshot.matches('booting')) return loadingScreen();
    if (snapshot.matches('title')) return titleScreen(send);
    if (snapshot.matches('failed')) return failureScreen(snapshot, hooks.reload);
    return briefingScreen(send);
  };

  const render = (snapshot: AppSnapshot) => {
    const state = typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
    if (state !== shownState) {
      shownState = state;
      screen = build(snapshot);
      stage.replaceChildren(screen.el);
      root.dataset.screen = state;
      bar.hidden = state === 'booting';
      screen.initialFocus?.focus();
      if (state === 'title') hooks.onTitleInteractive();
    }
    screen?.update?.(snapshot);
    toolbar.update(snapshot);
  };

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && screen?.escape) {
      event.preventDefault();
      send(screen.escape);
    }
  });

  actor.subscribe(render);
  render(actor.getSnapshot());
}
