import type { OpenedFile } from '../../flow/fileOpened';
import type { Send } from './screen';

/** Sends a file the player opened to be checked; the loader (YAML, the schema) is fetched the first time. */
export async function sendOpenedFile(send: Send, opened: OpenedFile): Promise<void> {
  const { fileOpened } = await import('../../flow/fileOpened');
  send(fileOpened(opened));
}
