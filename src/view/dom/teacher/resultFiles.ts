import { MAX_RESULT_BYTES } from '../../../flow/resultFile';
import type { ResultSource } from '../../../flow/teacher/classResults';

/** Reads the files a teacher picked or dropped as text; one far larger than a result file is refused unread. */
export async function readResultFiles(files: Iterable<File>): Promise<ResultSource[]> {
  return Promise.all(
    [...files].map(async (file) => ({
      name: file.name,
      text: file.size > MAX_RESULT_BYTES ? null : await file.text().catch(() => ''),
    })),
  );
}
