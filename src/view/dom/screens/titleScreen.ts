import type { AppSnapshot } from '../../../flow/appActor';
import type { ScenarioFiles } from '../../../platform/scenarioFiles';
import { formatDiagnostic } from '../../../scenario/diagnostic';
import { TEXT } from '../../text';
import { h } from '../h';
import { chooseScenarioFile, reopenButton } from '../scenarioFileControls';
import type { Screen, Send } from '../screen';

async function readFiles(
  files: FileList | null | undefined,
  send: Send,
  kept?: ScenarioFiles,
): Promise<void> {
  for (const file of Array.from(files ?? [])) {
    send({
      type: 'title.openFile',
      ...(kept ? await kept.keep(file) : { fileName: file.name, text: await file.text() }),
    });
  }
}

/** Title: the premise, the scenarios to choose from, a scenario file to open, Start. */
/** How many of a file's problems the title lists; the rest are counted, so nothing is silently dropped. */
const SHOWN_PROBLEMS = 12;

export function titleScreen(snapshot: AppSnapshot, send: Send, files?: ScenarioFiles): Screen {
  const { scenarios, selectedScenarioId, fileProblems } = snapshot.context;
  const start = h(
    'button',
    { class: 'primary', type: 'button', 'data-key': 'start', onclick: () => send({ type: 'title.start' }) },
    TEXT.start,
  );

  const choices = h(
    'fieldset',
    { class: 'scenario-list' },
    h('legend', {}, TEXT.chooseScenario),
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
          entry.fromFile ? h('span', { class: 'tag' }, `${TEXT.openedFrom} ${entry.fromFile}`) : '',
          h('span', { class: 'scenario-summary' }, entry.scenario.meta.summary),
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
    TEXT.openScenario,
  );

  const problems = fileProblems.length
    ? h(
        'section',
        { class: 'file-problems', role: 'alert', 'aria-labelledby': 'file-problems-heading' },
        h('h2', { id: 'file-problems-heading' }, TEXT.fileProblems),
        ...fileProblems.map((problem) =>
          h(
            'div',
            {},
            h(
              'p',
              {},
              h('strong', {}, problem.file),
              problem.shipped ? ` ${TEXT.shippedScenario}` : '',
              ` — ${problem.errors.length} ${problem.errors.length === 1 ? 'problem' : 'problems'}`,
            ),
            h(
              'pre',
              { class: 'diagnostics' },
              [
                ...problem.errors.slice(0, SHOWN_PROBLEMS).map(formatDiagnostic),
                ...(problem.errors.length > SHOWN_PROBLEMS
                  ? [TEXT.moreProblems(problem.errors.length - SHOWN_PROBLEMS)]
                  : []),
              ].join('\n'),
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-key': 'dismiss',
            onclick: () => send({ type: 'title.dismissProblems' }),
          },
          TEXT.dismiss,
        ),
      )
    : null;

  const sheet = h(
    'div',
    { class: 'sheet title-sheet' },
    h('p', { class: 'office' }, TEXT.office),
    h('h1', { id: 'title-heading' }, TEXT.gameTitle),
    h('p', { class: 'premise' }, TEXT.premise),
    choices,
    h(
      'div',
      { class: 'actions' },
      start,
      open,
      reopenButton(snapshot, send, files, picker),
      picker,
      h('span', { class: 'hint', 'aria-hidden': 'true' }, TEXT.dropHint),
    ),
    problems,
  );

  const el = h('section', { class: 'screen screen-title', 'aria-labelledby': 'title-heading' }, sheet);
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
