import type { AppSnapshot } from '../../flow/appActor';
import type { ScenarioFiles } from '../../platform/scenarioFiles';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';
import { sendOpenedFile } from './sendOpenedFile';

/**
 * "Open a scenario file…": the browser's own picker where it keeps a handle to read the file again, else the
 * page's hidden file input (whose `change` reads the file through `files.keep`).
 */
export function chooseScenarioFile(
  files: ScenarioFiles | undefined,
  send: Send,
  input: HTMLInputElement,
): void {
  if (!files?.canPick) {
    input.click();
    return;
  }
  void files.pick().then((picked) => {
    if (picked === 'unavailable') input.click();
    else if (picked !== 'cancelled') return sendOpenedFile(send, picked);
  });
}

/**
 * "Reopen <name>", once a file was opened from disk: reads it again and sends it to be checked again. When the
 * browser cannot read it again, the flow is told (the page says so) and the picker asks for it again at once.
 */
export function reopenButton(
  snapshot: AppSnapshot,
  send: Send,
  files: ScenarioFiles | undefined,
  input: HTMLInputElement,
): HTMLElement | null {
  const name = snapshot.context.reopenable;
  if (!name || !files) return null;
  const reopen = async () => {
    const again = await files.reread();
    if (!again) return chooseScenarioFile(files, send, input);
    if (again.ok) return sendOpenedFile(send, { fileName: again.fileName, bytes: again.bytes });
    send({ type: 'title.reopenFailed', fileName: again.fileName });
    chooseScenarioFile(files, send, input);
  };
  return h(
    'button',
    { type: 'button', class: 'secondary', 'data-key': 'reopen-file', onclick: () => void reopen() },
    TEXT.title.reopen(name),
  );
}
