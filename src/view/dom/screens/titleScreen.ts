import type { AppSnapshot } from '../../../flow/appActor';
import { frameOf } from '../../../flow/frame';
import { bytesOf, type ScenarioFiles } from '../../../platform/scenarioFiles';
import { type Diagnostic, formatDiagnostic } from '../../../scenario/diagnostic';
import { TEXT } from '../../text';
import { h } from '../h';
import { joinForm } from '../joinForm';
import { chooseScenarioFile, reopenButton } from '../scenarioFileControls';
import type { Screen, Send } from '../screen';
import { seatChoice } from '../seatChoice';
import { sendOpenedFile } from '../sendOpenedFile';

async function readFiles(
  files: FileList | null | undefined,
  send: Send,
  kept?: ScenarioFiles,
): Promise<void> {
  for (const file of Array.from(files ?? [])) {
    await sendOpenedFile(
      send,
      kept ? await kept.keep(file) : { fileName: file.name, bytes: await bytesOf(file), size: file.size },
    );
  }
}

/** Title: the premise, the scenarios to choose from, a scenario file to open, Start. */
/** How many of a file's problems the title lists; the rest are counted, so nothing is silently dropped. */
const SHOWN_PROBLEMS = 12;

export function titleScreen(snapshot: AppSnapshot, send: Send, files?: ScenarioFiles): Screen {
  const { scenarios, selectedScenarioId, fileProblems } = snapshot.context;
  const selected = scenarios.find((entry) => entry.id === selectedScenarioId);
  const frame = selected ? frameOf(selected.scenario) : undefined;
  const start = h(
    'button',
    { class: 'primary', type: 'button', 'data-key': 'start', onclick: () => send({ type: 'title.start' }) },
    TEXT.title.start,
  );

  const choices = h(
    'fieldset',
    { class: 'scenario-list' },
    h('legend', {}, TEXT.title.chooseScenario),
    ...scenarios.map((entry) =>
      h(
        'label',
        { class: 'scenario-choice' },
        h('input', {
          type: 'radio',
          name: 'scenario',
          value: entry.id,
          'data-key': `scenario-${entry.id}`,
          checked: entry.id === selectedScenarioId,
          onchange: () => send({ type: 'title.select', scenarioId: entry.id }),
        }),
        h(
          'span',
          {},
          h('strong', {}, entry.scenario.meta.title),
          entry.fromFile ? h('span', { class: 'tag' }, `${TEXT.title.openedFrom} ${entry.fromFile}`) : '',
          frameOf(entry.scenario).hasHistory ? '' : h('span', { class: 'tag' }, TEXT.title.fictional),
        ),
      ),
    ),
  );

  // One control for the file: a real button that opens the hidden picker, so it is announced once.
  const picker = h('input', {
    type: 'file',
    accept: '.yaml,.yml,.json,application/json,text/yaml',
    hidden: true,
    id: 'scenario-file',
    onchange: (event: Event) => void readFiles((event.target as HTMLInputElement).files, send, files),
  });
  const open = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'data-key': 'open-file',
      onclick: () => chooseScenarioFile(files, send, picker),
    },
    TEXT.title.openScenario,
  );

  // The loader lists at most a hundred of a kind and counts the rest: the count is what the page says.
  const diagnostics = (list: readonly Diagnostic[], total = list.length) =>
    h(
      'pre',
      { class: 'diagnostics' },
      [
        ...list.slice(0, SHOWN_PROBLEMS).map(formatDiagnostic),
        ...(total > Math.min(SHOWN_PROBLEMS, list.length)
          ? [TEXT.title.moreProblems(total - Math.min(SHOWN_PROBLEMS, list.length))]
          : []),
      ].join('\n'),
    );
  const failed = fileProblems.filter((problem) => problem.errors.length > 0);
  // A file that opened with warnings says so beside the list, politely: it is playable, and its author may care.
  const notes = fileProblems
    .filter((problem) => problem.errors.length === 0 && problem.report)
    .map((problem) =>
      h(
        'section',
        { class: 'file-notes', role: 'status' },
        h('h2', {}, TEXT.title.warningsTitle(problem.file)),
        diagnostics(
          [...problem.report!.warnings, ...problem.report!.notes],
          problem.report!.counts.warnings + problem.report!.counts.notes,
        ),
      ),
    );
  const problems = fileProblems.length
    ? h(
        'section',
        failed.length
          ? { class: 'file-problems', role: 'alert', 'aria-labelledby': 'file-problems-heading' }
          : { class: 'file-problems notes-only' },
        failed.length ? h('h2', { id: 'file-problems-heading' }, TEXT.title.fileProblems) : null,
        ...failed.map((problem) =>
          h(
            'div',
            {},
            h(
              'p',
              {},
              h('strong', {}, problem.file),
              problem.shipped ? ` ${TEXT.title.shippedScenario}` : '',
              TEXT.title.problemCount(problem.report?.counts.errors ?? problem.errors.length),
            ),
            diagnostics(problem.errors, problem.report?.counts.errors),
          ),
        ),
        ...notes,
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-key': 'dismiss',
            onclick: () => send({ type: 'title.dismissProblems' }),
          },
          TEXT.title.dismiss,
        ),
      )
    : null;

  const sheet = h(
    'div',
    { class: 'sheet title-sheet' },

    h(
      'p',
      { class: 'office' },
      frame ? [frame.organisation, frame.mediatorTitle].filter(Boolean).join(' · ') : '',
    ),
    h('h1', { id: 'title-heading' }, TEXT.productTitle),
    h('p', { class: 'premise' }, selected?.scenario.meta.summary ?? ''),
    h('div', { class: 'scenario-block' }, choices, seatChoice(snapshot, send)),
    h(
      'div',
      { class: 'actions' },
      start,
      open,
      reopenButton(snapshot, send, files, picker),
      picker,
      h('span', { class: 'hint', 'aria-hidden': 'true' }, TEXT.title.dropHint),
    ),
    problems,
  );
  // The class card lies on the desk beside the title sheet: a student joins there, a teacher goes on from it.
  const classCard = h(
    'aside',
    { class: 'class-card', 'aria-label': TEXT.join.heading },
    joinForm(snapshot, send),
    h(
      'p',
      { class: 'teacher-line' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-key': 'teacher',
          onclick: () => send({ type: 'teacher.open' }),
        },
        TEXT.teacher.open,
      ),
      ` ${TEXT.teacher.openLead}`,
    ),
  );

  const el = h(
    'section',
    { class: 'screen screen-title', 'aria-labelledby': 'title-heading' },
    sheet,
    classCard,
  );
  el.addEventListener('dragover', (event) => {
    event.preventDefault();
    sheet.classList.add('dropping');
  });
  el.addEventListener('dragleave', () => sheet.classList.remove('dropping'));
  el.addEventListener('drop', (event) => {
    event.preventDefault();
    sheet.classList.remove('dropping');
    void readFiles(event.dataTransfer?.files, send, files);
  });
  return { el, initialFocus: start };
}
