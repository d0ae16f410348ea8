/** One JSON value per line: a golden file that diffs line by line and that no formatter rewrites (.txt). */
export function goldenLines(items: readonly unknown[]): string {
  return `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
}
