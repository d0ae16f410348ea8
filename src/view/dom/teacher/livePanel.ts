import type { AppSnapshot } from '../../../flow/appActor';
import type { ClassView, StudentRow, TableRow } from '../../../flow/live/protocol';
import { SESSION_MODES, type SessionMode, showLiveCode } from '../../../flow/live/sessionTerms';
import type { TeacherLivePort, TeacherLiveState } from '../../../flow/live/teacherLive';
import { resultFileName } from '../../../flow/resultOf';
import { TEXT } from '../../text';
import { h } from '../h';
import { radioList } from '../radioList';
import type { Send } from '../screen';
import { gameChoices } from './codePanel';
import { parsedResultFiles } from './resultFiles';

interface Panel {
  readonly el: HTMLElement;
  snapshot: AppSnapshot;
  send: Send;
  url: string | null;
  key: string;
  inject: string;
  mode: SessionMode;
  confirmingEnd: boolean;
  /** What the teacher asked the results for: the server sends them, and then they go there. */
  wanted: 'open' | 'download' | null;
  shownResults: TeacherLiveState['results'];
  readonly download: (fileName: string, text: string) => void;
}

const panels = new WeakMap<TeacherLivePort, Panel>();

function seatsOf(table: TableRow | undefined): HTMLElement | null {
  if (!table) return null;
  const words = TEXT.liveClass;
  return h(
    'td',
    { class: 'live-seats' },
    ...table.seats.map((s) =>
      h(
        'span',
        { class: `live-seat ${s.connected ? '' : 'away'}` },
        `${s.seat}: ${s.student ?? words.seats.byComputer}`,
      ),
    ),
  );
}

function studentRow(row: StudentRow, table?: TableRow): HTMLElement {
  const words = TEXT.liveClass.teacher;
  const alert =
    row.stuck === 'idle'
      ? words.stuckIdle(row.idleSeconds)
      : row.stuck === 'refused'
        ? words.stuckRefused
        : null;
  return h(
    'tr',
    { class: `${row.connected ? '' : 'away'} ${alert ? 'stuck' : ''}`, 'data-student': row.key },
    h(
      'th',
      { scope: 'row' },
      row.name,
      row.connected ? null : h('span', { class: 'live-tag' }, words.away),
      alert ? h('span', { class: 'live-tag alert', role: 'img', 'aria-label': alert }, alert) : null,
    ),
    h('td', {}, row.date),
    h('td', { class: 'num' }, String(row.moves)),
    h('td', { class: 'live-text' }, row.textIsStatusQuo ? words.statusQuo : row.text.join(' · ')),
    h('td', {}, row.wouldCome.length > 0 ? row.wouldCome.join(', ') : words.noneComing),
    h('td', {}, row.outcome ? words[row.outcome] : ''),
    seatsOf(table),
  );
}

function classTable(view: ClassView): HTMLElement {
  const words = TEXT.liveClass.teacher;
  if (view.students.length === 0) return h('p', { class: 'hint', role: 'status' }, words.none);
  const c = words.columns;
  return h(
    'table',
    { class: 'live-table', 'aria-label': words.students(view.students.length) },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[c.name, c.day, c.moves, c.text, c.come, c.outcome, ...(view.tables ? [c.seats] : [])].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...view.students.map((row) =>
        studentRow(
          row,
          view.tables?.find((t) => t.key === row.key),
        ),
      ),
    ),
  );
}

function setupForm(panel: Panel, port: TeacherLivePort, state: TeacherLiveState): HTMLElement[] {
  const words = TEXT.liveClass.teacher;
  const desk = panel.snapshot.context.teacher!;
  const url = h('input', {
    id: 'live-url',
    type: 'url',
    'data-key': 'live-url',
    value: panel.url ?? state.url,
    oninput: (event) => {
      panel.url = (event.target as HTMLInputElement).value;
    },
  });
  const key = h('input', {
    id: 'live-key',
    type: 'password',
    autocomplete: 'off',
    'data-key': 'live-key',
    'aria-describedby': 'live-key-hint',
    value: panel.key,
    oninput: (event) => {
      panel.key = (event.target as HTMLInputElement).value;
    },
  });
  const busy = state.phase === 'opening';
  const form = h(
    'form',
    {
      class: 'live-setup',
      onsubmit: (event) => {
        event.preventDefault();
        if (!desk.scenarioId) return;
        port.open({
          url: url.value,
          serverKey: key.value,
          scenarioId: desk.scenarioId,
          length: desk.length,
          mode: panel.mode,
        });
      },
    },
    h('label', { for: 'live-url' }, words.server, url),
    h('label', { for: 'live-key' }, words.key, key),
    h('p', { id: 'live-key-hint', class: 'hint' }, words.keyHint),
    h(
      'button',
      { type: 'submit', class: 'primary', 'data-key': 'live-open', disabled: busy },
      busy ? words.opening : words.open,
    ),
    state.problem ? h('p', { class: 'join-problem', role: 'alert' }, state.problem) : null,
  );
  const modes = radioList(
    words.mode,
    'live-mode',
    SESSION_MODES.map((mode) => ({
      value: mode,
      label: words.modes[mode],
      checked: panel.mode === mode,
      choose: () => {
        panel.mode = mode;
      },
    })),
  );
  return [h('p', { class: 'hint' }, words.lead), gameChoices(panel.snapshot, panel.send), modes, form];
}

function sessionControls(panel: Panel, port: TeacherLivePort, state: TeacherLiveState): HTMLElement[] {
  const words = TEXT.liveClass.teacher;
  const view = state.view;
  const session = view?.session;
  const button = (label: string, key: string, run: () => void, cls = 'secondary', disabled = false) =>
    h('button', { type: 'button', class: cls, 'data-key': key, onclick: run, disabled }, label);
  const code = h(
    'div',
    { class: 'class-code-card', role: 'status' },
    h('p', { class: 'class-code-label' }, words.codeLabel),
    h('p', { class: 'class-code', 'data-testid': 'live-code' }, showLiveCode(state.code ?? '')),
    h('p', {}, words.forStudents(state.url)),
    session ? h('p', { class: 'hint' }, words.offlineCode(session.classCode)) : null,
  );
  const ended = session?.ended === true;
  const controls = h(
    'div',
    { class: 'live-controls' },
    button(session?.paused ? words.resume : words.pause, 'live-pause', () =>
      port.command({ type: 'pause', paused: !session?.paused }),
    ),
    button(view?.namesShown ? words.hideNames : words.showNames, 'live-names', () =>
      port.command({ type: 'showNames', shown: !view?.namesShown }),
    ),
  );
  const injects = view?.injects ?? [];
  const select = h(
    'select',
    {
      id: 'live-inject',
      'data-key': 'live-inject',
      onchange: (event) => {
        panel.inject = (event.target as HTMLSelectElement).value;
      },
    },
    ...injects.map((e) => h('option', { value: e.id, selected: e.id === panel.inject }, e.title)),
  );
  const inject = h(
    'div',
    { class: 'live-inject' },
    h('label', { for: 'live-inject' }, words.inject, select),
    button(words.injectSend, 'live-inject-send', () => {
      const chosen = select.value || injects[0]?.id;
      if (chosen) port.command({ type: 'inject', eventId: chosen });
    }),
    h('p', { class: 'hint' }, words.injectHint),
  );
  const results = h(
    'div',
    { class: 'live-controls' },
    button(words.results, 'live-results', () => {
      panel.wanted = 'open';
      port.command({ type: 'results' });
    }),
    button(words.download, 'live-download', () => {
      panel.wanted = 'download';
      port.command({ type: 'results' });
    }),
    ended
      ? button(words.forget, 'live-forget', () => port.forget())
      : panel.confirmingEnd
        ? button(
            words.endConfirm,
            'live-end',
            () => {
              panel.confirmingEnd = false;
              port.command({ type: 'end' });
            },
            'danger',
          )
        : button(words.end, 'live-end', () => {
            panel.confirmingEnd = true;
            render(port, panel);
          }),
  );
  const notes = [
    session?.paused ? h('p', { class: 'live-note-line', role: 'status' }, words.pausedNote) : null,
    ended ? h('p', { class: 'live-note-line', role: 'status' }, words.ended) : null,
    state.connected ? null : h('p', { class: 'join-problem', role: 'alert' }, words.lost),
    state.problem ? h('p', { class: 'join-problem', role: 'alert' }, state.problem) : null,
    state.results && state.results.length === 0 ? h('p', { class: 'hint' }, words.noResults) : null,
  ].filter((n): n is HTMLParagraphElement => n !== null);
  return [
    h(
      'div',
      { class: 'live-head' },
      code,
      h('div', { class: 'live-side' }, controls, ended ? '' : inject, results),
    ),
    ...notes,
    h('p', { class: 'hint' }, view?.namesShown ? '' : words.namesHint),
    view ? classTable(view) : h('p', { class: 'hint' }, words.none),
  ];
}

/** Results the server just sent, taken where the teacher asked: the Class results tab, or files. */
function deliver(panel: Panel, state: TeacherLiveState): void {
  if (state.results === panel.shownResults) return;
  panel.shownResults = state.results;
  const wanted = panel.wanted;
  panel.wanted = null;
  if (!state.results || state.results.length === 0 || !wanted) return;
  // The files as students download them from their debriefs: the same names, the same text.
  const files = state.results.map((result) => ({
    name: resultFileName(result),
    text: `${JSON.stringify(result, null, 2)}\n`,
  }));
  if (wanted === 'open') {
    void parsedResultFiles(files).then((parsed) => {
      panel.send({ type: 'teacher.results.add', files: parsed });
      panel.send({ type: 'teacher.tab', tab: 'class' });
    });
  } else for (const file of files) panel.download(file.name, file.text);
}

function render(port: TeacherLivePort, panel: Panel): void {
  const state = port.state();
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-key]')?.dataset
    .key;
  panel.el.replaceChildren(
    ...(state.phase === 'open' ? sessionControls(panel, port, state) : setupForm(panel, port, state)),
  );
  if (focused && panel.el.isConnected)
    panel.el.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  deliver(panel, state);
}

/**
 * The teacher's live tab: one element for the page's life, redrawn as the class changes (the server's class
 * view) and as the teacher's choices change (the snapshot). What it shows, the server decided.
 */
export function livePanel(
  snapshot: AppSnapshot,
  send: Send,
  port: TeacherLivePort,
  download: (fileName: string, text: string) => void,
): HTMLElement {
  let panel = panels.get(port);
  if (!panel) {
    const created: Panel = {
      el: h('div', { class: 'live-panel' }),
      snapshot,
      send,
      url: null,
      key: '',
      inject: '',
      mode: 'solo',
      confirmingEnd: false,
      wanted: null,
      shownResults: null,
      download,
    };
    panels.set(port, created);
    port.subscribe(() => render(port, created));
    panel = created;
  }
  panel.snapshot = snapshot;
  panel.send = send;
  render(port, panel);
  return panel.el;
}
