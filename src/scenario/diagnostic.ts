export type PathSegment = string | number;

export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'note';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Where in the data, e.g. `parties[2].values.preconditions.none`. */
  readonly path: string;
  readonly message: string;
  readonly hint?: string;
}

/** A finding before it is placed in the file. */
export interface Finding {
  readonly severity: 'error' | 'warning' | 'note';
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly hint?: string;
  /** Point at the key itself rather than its value (unknown keys). */
  readonly atKey?: boolean;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(top level)';
}

/** One diagnostic as the validator prints it: `file:line:col  error  path: message` and a hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.path}: ${d.message}`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}
