import type { AppSnapshot } from '../../../flow/appActor';
import { TEACHER_TABS, type TeacherTab } from '../../../flow/teacher/teacherEvents';
import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen, Send } from '../screen';
import { briefsPanel } from '../teacher/briefsPanel';
import { classPanel } from '../teacher/classPanel';
import { codePanel } from '../teacher/codePanel';
import { guidePanel } from '../teacher/guidePanel';
import { livePanel } from '../teacher/livePanel';
import type { UiHooks } from '../uiHooks';

function panelFor(tab: TeacherTab, snapshot: AppSnapshot, send: Send, hooks: UiHooks): HTMLElement {
  switch (tab) {
    case 'code':
      return codePanel(snapshot, send);
    case 'briefs':
      return briefsPanel(snapshot, send, hooks);
    case 'class':
      return classPanel(snapshot, send, hooks);
    case 'guide':
      return guidePanel(snapshot, send, hooks);
    case 'live':
      return hooks.liveSession
        ? livePanel(snapshot, send, hooks.liveSession, (name, text) => hooks.downloadResult(name, text))
        : h('p', { class: 'hint' }, TEXT.liveClass.student.noServer);
  }
}

/** The teacher's page: a tab for each thing a teacher runs a class with. */
export function teacherScreen(snapshot: AppSnapshot, send: Send, hooks: UiHooks): Screen {
  const desk = snapshot.context.teacher!;
  const tabs = TEACHER_TABS.map((tab) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `teacher-tab-${tab}`,
        'aria-selected': tab === desk.tab ? 'true' : 'false',
        'aria-controls': 'teacher-panel',
        tabindex: tab === desk.tab ? 0 : -1,
        'data-key': `teacher-tab-${tab}`,
        onclick: () => send({ type: 'teacher.tab', tab }),
      },
      TEXT.teacher.tabs[tab],
    ),
  );
  const tablist = h(
    'div',
    { class: 'teacher-tabs', role: 'tablist', 'aria-label': TEXT.teacher.heading },
    ...tabs,
  );
  // Arrow keys move between tabs, Home and End to the first and last, as in any tab list (WAI-ARIA tabs).
  tablist.addEventListener('keydown', (event) => {
    const at = TEACHER_TABS.indexOf(desk.tab);
    const count = TEACHER_TABS.length;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % count
        : event.key === 'ArrowLeft'
          ? (at + count - 1) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    // The focus goes first, so the page redrawn for the new tab keeps it there (mountUi restores by data-key).
    tabs[to]!.focus();
    if (to !== at) send({ type: 'teacher.tab', tab: TEACHER_TABS[to]! });
  });
  const back = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'data-key': 'teacher-back',
      onclick: () => send({ type: 'nav.back' }),
    },
    TEXT.teacher.back,
  );
  const panel = h(
    'section',
    {
      id: 'teacher-panel',
      class: `teacher-panel teacher-panel-${desk.tab}`,
      role: 'tabpanel',
      'aria-labelledby': `teacher-tab-${desk.tab}`,
    },
    panelFor(desk.tab, snapshot, send, hooks),
  );
  const sheet = h(
    'div',
    { class: 'sheet teacher-sheet' },
    h(
      'header',
      { class: 'teacher-head' },
      h(
        'div',
        {},
        h('h1', { id: 'teacher-heading' }, TEXT.teacher.heading),
        h('p', { class: 'hint' }, TEXT.teacher.lead),
      ),
      back,
    ),
    tablist,
    panel,
  );
  const el = h('section', { class: 'screen screen-teacher', 'aria-labelledby': 'teacher-heading' }, sheet);
  const selected = tabs[TEACHER_TABS.indexOf(desk.tab)]!;
  // Escape never leaves the page (a stray key would put the class away): it only closes a student's replay.
  const replaying = desk.tab === 'class' && desk.results.replay !== null;
  return { el, initialFocus: selected, ...(replaying ? { escape: { type: 'teacher.replay.close' } } : {}) };
}
