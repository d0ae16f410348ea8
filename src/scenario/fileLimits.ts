/** The largest scenario file the game reads: its own module, so a page can refuse a file before loading the loader. */
export const MAX_FILE_BYTES = 2 * 1_048_576;
