import { MAX_RESULT_BYTES } from '../../../flow/resultFormat';
import type { ParsedSource, ResultSource } from '../../../flow/teacher/classResults';

/** Files read against the result schema, which is fetched the first time a teacher opens any. */
export async function parsedResultFiles(sources: readonly ResultSource[]): Promise<ParsedSource[]> {
  const { parsedSources } = await import('../../../flow/teacher/parseResults');
  return parsedSources(sources);
}

/** Reads the files a teacher picked or dropped as text; one far larger than a result file is refused unread. */
export async function readResultFiles(files: Iterable<File>): Promise<ParsedSource[]> {
  const sources = await Promise.all(
    [...files].map(async (file) => ({
      name: file.name,
      text: file.size > MAX_RESULT_BYTES ? null : await file.text().catch(() => ''),
    })),
  );
  return parsedResultFiles(sources);
}
