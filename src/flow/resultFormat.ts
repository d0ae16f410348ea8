/** What marks a result file as one, shared by the writer (resultOf.ts) and the reader's schema (resultFile.ts). */
export const RESULT_FORMAT = 'envoy-result';
export const RESULT_VERSION = 1;
/** A result file is small (a few kilobytes): anything much larger is not one. */
export const MAX_RESULT_BYTES = 1_048_576;
