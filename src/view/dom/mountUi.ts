import type { AppActor, AppSnapshot } from '../../flow/appActor';
import { hotSeatStageOf } from '../../flow/hotSeat/hotSeatStage';
import { screenOf } from '../../flow/screen';
import type { Scenario } from '../../scenario/schema';
import { accentOf } from '../accent';
import { TEXT, useScenarioText } from '../text';

import { captionRegion } from './captions';
import { coachTip } from './coachTip';
import { glossaryDialog } from './glossary';
import { h } from './h';
import { type LazyScreens, lazyScreens } from './lazyScreens';
import { liveClassRegion } from './liveClassRegion';
import { liveNoteRegion } from './liveNote';
import { type NoticeAction, noticeRegion } from './notices';
import type { Screen, Send } from './screen';
import { briefingScreen } from './screens/briefingScreen';
import { conferenceScreen } from './screens/conferenceScreen';
import { failureScreen } from './screens/failureScreen';
import { hotSeatScreen } from './screens/hotSeatScreen';
import { liveSeatScreen, tableWaitScreen } from './screens/liveSeatScreen';
import { loadingScreen } from './screens/loadingScreen';
import { meetingScreen } from './screens/meetingScreen';
import { newsScreen } from './screens/newsScreen';
import { outcomeScreen } from './screens/outcomeScreen';
import { planScreen } from './screens/planScreen';
import { saveProblemScreen } from './screens/saveProblemScreen';
import { titleScreen } from './screens/titleScreen';
import { soundControls } from './soundToggle';
import type { UiHooks } from './uiHooks';

export type { UiHooks } from './uiHooks';

export interface Ui {
  caption(text: string): void;
  notice(
    id: string,
    text: string,
    actions?: readonly NoticeAction[],
    dismissable?: boolean,
    takeFocus?: boolean,
  ): void;
  hideNotice(id: string): void;
  /** While another tab plays the game, this one only watches: nothing on the screen takes input. */
  setWatching(watching: boolean): void;
}

function screenFor(snapshot: AppSnapshot, send: Send, hooks: UiHooks, later: LazyScreens): Screen {
  if (snapshot.matches('booting')) return loadingScreen();
  if (snapshot.matches('title')) return titleScreen(snapshot, send, hooks.files);
  if (snapshot.matches('teacher')) return later.teacher((m) => m.teacherScreen(snapshot, send, hooks));
  if (snapshot.matches('failed')) return failureScreen(snapshot, hooks.reload);
  if (snapshot.matches('saveProblem')) return saveProblemScreen(snapshot, send);
  if (snapshot.matches('liveSeat')) return liveSeatScreen(snapshot, send);
  if (snapshot.matches('briefing')) return briefingScreen(snapshot, send);
  if (snapshot.matches({ run: 'plan' })) return planScreen(snapshot, send);
  const seat = hotSeatStageOf(snapshot);
  // At a live table the delegations answer from their own devices: the envoy's page waits for them.
  if (seat && snapshot.context.liveClass) return tableWaitScreen(snapshot);
  if (seat) return hotSeatScreen(snapshot.context.run!, seat, send);
  if (snapshot.matches({ run: 'meetings' })) return meetingScreen(snapshot, send);
  if (snapshot.matches({ run: 'dayEnd' })) return newsScreen(snapshot, send);
  if (snapshot.matches('conference')) return conferenceScreen(snapshot, send);
  if (snapshot.matches('outcome')) return outcomeScreen(snapshot, send);
  return later.debrief((m) => m.debriefScreen(snapshot, send, hooks));
}

/**
 * A move is applied once: the second and third click of a double or triple click on a move control, and a
 * key held down until it repeats, press nothing.
 */
function guardMoves(root: HTMLElement): void {
  root.addEventListener(
    'click',
    (event) => {
      const control = (event.target as HTMLElement | null)?.closest('button, [data-move]');
      if (control && event.detail > 1) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.repeat && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );
}

/** A printed page cannot open a section: every closed one opens for the print and closes again after it. */
function openDetailsForPrint(root: HTMLElement): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}

/** The scenario being played, or the one chosen on the title screen: its words frame every screen. */
function scenarioOnScreen(snapshot: AppSnapshot): Scenario | undefined {
  const c = snapshot.context;
  const chosen = c.teacher && snapshot.matches('teacher') ? c.teacher.scenarioId : c.selectedScenarioId;
  return c.run?.scenario ?? c.scenarios.find((entry) => entry.id === chosen)?.scenario;
}

/** What a screen depends on: when none of it changes, the screen stays as it is. */
function dependencies(snapshot: AppSnapshot): readonly unknown[] {
  const c = snapshot.context;
  const run = c.run;
  return [
    JSON.stringify(snapshot.value),
    // The run field by field, all but the reflection answers: typing one redraws nothing (the caret stays).
    run?.scenario,
    run?.game,
    run?.log,
    run?.journal,
    run?.pending,
    run?.draft,
    run?.seats,
    c.scenarios,
    c.selectedScenarioId,
    c.fileProblems,
    c.saveProblem,
    c.failure,
    c.reopenable,
    c.joinProblem,
    // The title's join form says how a live join goes; other screens leave the live session to its region.
    snapshot.matches('title') ? c.liveClass : null,
    // A delegation's seat, and the envoy's wait for the answers, are drawn from the server's table; while a
    // question is open only another question redraws it (a counter-proposal being built stays).
    c.liveClass?.seat?.waiting && c.liveClass.seat.question
      ? JSON.stringify(c.liveClass.seat.question)
      : c.liveClass?.seat,
    c.liveClass?.table,
    c.liveClass?.answered,
    c.teacher,
  ];
}

/** The DOM layer over the canvas: it shows the current state's screen and sends the player's events. */
export function mountUi(root: HTMLElement, actor: AppActor, hooks: UiHooks): Ui {
  const send: Send = (event) => actor.send(event);
  const sound = soundControls(send);
  const captions = captionRegion();
  const notices = noticeRegion();
  const live = liveNoteRegion(send);
  notices.el.append(live.el);
  const glossary = glossaryDialog();
  const coach = coachTip();
  const stage = h('main', { class: 'ui-stage' });
  const liveClass = liveClassRegion(send, stage);
  const bar = h('header', { class: 'toolbar' }, liveClass.badge, coach.el, glossary.button, sound.el);
  root.replaceChildren(bar, liveClass.el, stage, captions.el);
  root.after(notices.el, glossary.dialog);
  // Any control marked with a glossary entry opens the glossary there.
  root.addEventListener('click', (event) => {
    const term = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-glossary]');
    if (term) glossary.open(term.dataset.glossary);
  });
  guardMoves(root);
  openDetailsForPrint(root);

  let keysHeld = new Set<string>();
  document.addEventListener('keydown', (event) => keysHeld.add(event.key), { capture: true });
  document.addEventListener(
    'keyup',
    (event) => {
      // A key held down while the screen changed must not press a control on the new screen when it is let go.
      if (!keysHeld.has(event.key)) event.preventDefault();
      keysHeld.delete(event.key);
    },
    { capture: true },
  );

  let shownState: string | undefined;
  let shownDeps: readonly unknown[] = [];
  let screen: Screen | undefined;
  // A control the player used that is disabled for a moment (while the answers come in) gets the focus back.
  let waitingFocus: string | undefined;

  const later = lazyScreens(
    () => {
      // The screen's code has arrived: the same state, drawn again with it.
      shownDeps = [];
      render(actor.getSnapshot());
    },
    (failure) => send({ type: 'app.failed', failure }),
  );
  let prefetched = false;

  const render = (snapshot: AppSnapshot) => {
    const state = JSON.stringify(snapshot.value);
    const deps = dependencies(snapshot);
    const changed = deps.some((d, i) => d !== shownDeps[i]);
    if (changed) {
      // Waiting for answers is the same screen as the meeting room: the focus stays where the player was.
      const seat = hotSeatStageOf(snapshot);
      // Each hand-over of the laptop is a screen of its own: nothing of the one before stays in focus.
      const screenKey = seat
        ? `hot-seat ${seat.kind} ${seat.kind === 'handBack' ? '' : seat.question.party}`
        : (screenOf(snapshot) ?? state);
      const enteredNewState = screenKey !== shownState;
      const focusedKey =
        (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-key]')?.dataset.key ??
        waitingFocus;
      // Details the player opened stay open when the same screen is redrawn after a move.
      const openKeys = enteredNewState
        ? []
        : [...stage.querySelectorAll<HTMLDetailsElement>('details[data-key][open]')].map(
            (d) => d.dataset.key!,
          );
      shownState = screenKey;
      shownDeps = deps;
      const scenario = scenarioOnScreen(snapshot);
      useScenarioText(scenario);
      // Before any scenario is chosen, the stylesheet's own accent stands.
      const pageStyle = document.documentElement.style;
      if (scenario) {
        const accent = accentOf(scenario.mediator.colour);
        pageStyle.setProperty('--accent', accent.accent);
        pageStyle.setProperty('--accent-deep', accent.deep);
      } else {
        pageStyle.removeProperty('--accent');
        pageStyle.removeProperty('--accent-deep');
      }
      document.title = scenario?.meta.title ?? TEXT.productTitle;
      screen = screenFor(snapshot, send, hooks, later);
      for (const key of openKeys) {
        const reopened = screen.el.querySelector<HTMLDetailsElement>(
          `details[data-key="${CSS.escape(key)}"]`,
        );
        if (reopened) reopened.open = true;
      }
      if (enteredNewState) screen.el.classList.add('entering');
      stage.replaceChildren(screen.el);
      if (enteredNewState) keysHeld = new Set();
      root.dataset.screen = state
        .replace(/[^a-zA-Z]+/g, ' ')
        .trim()
        .replace(/ /g, '-');
      // While the laptop is with a student (or changing hands), the mediator's toolbar and tips are put away.
      bar.hidden = snapshot.matches('booting') || (seat !== null && !snapshot.context.liveClass);
      const keyed =
        focusedKey && !enteredNewState
          ? stage.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`)
          : null;
      const again = keyed instanceof HTMLDetailsElement ? keyed.querySelector('summary') : keyed;
      waitingFocus = again?.hasAttribute('disabled') ? focusedKey : undefined;
      if (again && !again.hasAttribute('disabled')) again.focus();
      else if (waitingFocus) screen.el.focus?.();
      else {
        screen.initialFocus?.focus();
        if (enteredNewState) root.scrollTo({ top: 0 });
      }
      if (snapshot.matches('title')) {
        hooks.onTitleInteractive();
        if (!prefetched) setTimeout(() => later.prefetch(), 0);
        prefetched = true;
      }
    }
    screen?.update?.(snapshot);
    coach.update(snapshot);
    sound.update(snapshot);
    live.update(snapshot);
    liveClass.update(snapshot);
  };

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Escape closes an open source popover first (focus back on its mark), and only then backs out of the screen.
    const open = [...document.querySelectorAll<HTMLDetailsElement>('details.evidence[open]')];
    if (open.length > 0) {
      event.preventDefault();
      for (const popover of open) popover.open = false;
      const inside = (event.target as HTMLElement | null)?.closest('details.evidence');
      inside?.querySelector<HTMLElement>('summary')?.focus();
      return;
    }
    const panels = [...document.querySelectorAll<HTMLDetailsElement>('details.card-more[open]')];
    if (panels.length > 0) {
      event.preventDefault();
      for (const panel of panels) panel.open = false;
      panels[0]!.querySelector<HTMLElement>('summary')?.focus();
      return;
    }
    if (screen?.escape && !(event.target as HTMLElement | null)?.closest('details[open]')) {
      event.preventDefault();
      send(screen.escape);
    }
  });
  // A delegation's details panel floats over the text: a click anywhere else closes it.
  document.addEventListener('click', (event) => {
    const inside = (event.target as HTMLElement | null)?.closest('details.card-more');
    for (const panel of document.querySelectorAll<HTMLDetailsElement>('details.card-more[open]'))
      if (panel !== inside) panel.open = false;
  });
  // A source popover opens towards the side with room, so it is never cut off at the window's edge.
  document.addEventListener(
    'toggle',
    (event) => {
      const popover = event.target as HTMLElement;
      if (
        !(popover instanceof HTMLDetailsElement) ||
        !popover.classList.contains('evidence') ||
        !popover.open
      )
        return;
      const body = popover.querySelector<HTMLElement>('.evidence-body');
      if (!body) return;
      body.style.left = '';
      body.style.right = '';
      const box = body.getBoundingClientRect();
      if (box.right > window.innerWidth - 8) {
        body.style.left = 'auto';
        body.style.right = '0';
      }
    },
    { capture: true },
  );

  actor.subscribe(render);
  render(actor.getSnapshot());
  return {
    caption: (text) => captions.show(text),
    notice: (id, text, actions, dismissable, takeFocus) =>
      notices.show(id, text, actions, dismissable, takeFocus),
    hideNotice: (id) => notices.hide(id),
    setWatching(watching) {
      root.inert = watching;
      root.classList.toggle('watching', watching);
    },
  };
}
