import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { crossCheck } from './crossChecks';
import { type Diagnostic, type Finding, formatPath, type PathSegment } from './diagnostic';
import { MESSAGES, type Message } from './messages';
import { migrateV1 } from './migrateV1';
import { plainText } from './plainText';
import { READ_VERSIONS, SCHEMA_VERSION, type Scenario, scenarioSchema } from './schema';
import { zodFindings } from './zodFindings';

export const MAX_FILE_BYTES = 2 * 1_048_576;
export const MAX_DEPTH = 64;
const MAX_ALIASES = 50;

/**
 * Notes are neither errors nor warnings: a file with notes only is as valid as one without (a version-1 file
 * read by migration, say). The validator prints them; nothing counts them as problems.
 */
export type LoadResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly warnings: readonly Diagnostic[];
      readonly notes: readonly Diagnostic[];
    }
  | {
      readonly ok: false;
      readonly errors: readonly Diagnostic[];
      readonly warnings: readonly Diagnostic[];
      readonly notes: readonly Diagnostic[];
    };

type YamlDoc = Document.Parsed;

/** The deepest node the path reaches, and whether it reached the end. */
function nodeAt(doc: YamlDoc, path: readonly PathSegment[], atKey: boolean): Node | null {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return node;
      node = last && atKey ? pair.key : (pair.value ?? pair.key);
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
    } else {
      break;
    }
  }
  return (node as Node | null) ?? null;
}

/** Measures nesting before parsing, so a hostile file cannot exhaust the parser's stack. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let indentMax = 0;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      quote = null;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '-') {
        indent++;
        continue;
      }
      lineStart = false;
      indentMax = Math.max(indentMax, indent);
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  // Two spaces of indentation make one level in a normal file.
  return Math.max(max, Math.floor(indentMax / 2));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Reads a scenario from YAML or JSON text. Never throws: every problem comes back as a diagnostic that names
 * the file, line and column, the path in the data, what was expected and how to fix it.
 */
export function loadScenario(
  text: string,
  file: string,
  analyses: readonly ((scenario: Scenario) => Finding[])[] = [],
): LoadResult {
  const lineCounter = new LineCounter();
  const diagnostic = (
    severity: Diagnostic['severity'],
    path: readonly PathSegment[],
    m: Message,
    offset: number,
  ): Diagnostic => {
    // Before parsing, the line counter knows no lines: such errors concern the whole file, at 1:1.
    const pos = lineCounter.lineStarts.length > 0 ? lineCounter.linePos(offset) : { line: 1, col: 1 };
    return { severity, file, line: pos.line, column: pos.col, path: formatPath(path), ...m };
  };
  const fail = (m: Message, offset = 0, path: PathSegment[] = []): LoadResult => ({
    ok: false,
    errors: [diagnostic('error', path, m, offset)],
    warnings: [],
    notes: [],
  });

  if (text.length > MAX_FILE_BYTES) return fail(MESSAGES.tooLarge(text.length, MAX_FILE_BYTES));
  if (text.trim() === '') return fail(MESSAGES.empty());
  if (nestingDepth(text) > MAX_DEPTH) return fail(MESSAGES.tooDeep(MAX_DEPTH));

  let doc: YamlDoc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return fail(MESSAGES.yamlSyntax(error instanceof Error ? error.message : String(error)));
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const m =
          e.code === 'DUPLICATE_KEY'
            ? MESSAGES.duplicateKey(duplicateKeyName(text, e.pos[0]))
            : MESSAGES.yamlSyntax(firstLine(e.message));
        return diagnostic('error', [], m, e.pos[0]);
      }),
      warnings: [],
      notes: [],
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const m = /alias/i.test(String(error)) ? MESSAGES.aliases() : MESSAGES.yamlSyntax(String(error));
    return fail(m);
  }
  if (data === null || data === undefined) return fail(MESSAGES.empty());
  if (typeof data !== 'object' || Array.isArray(data))
    return fail(MESSAGES.notAMap(data), doc.contents?.range?.[0] ?? 0);

  const place = (finding: Finding): Diagnostic => {
    const node = nodeAt(doc, finding.path, finding.atKey ?? false);
    const { severity, path, message, hint } = finding;
    return diagnostic(severity, path, hint ? { message, hint } : { message }, node?.range?.[0] ?? 0);
  };

  const version = (data as Record<string, unknown>).schemaVersion;
  const versionError = (m: Message): LoadResult => ({
    ok: false,
    errors: [place({ severity: 'error', path: ['schemaVersion'], ...m })],
    warnings: [],
    notes: [],
  });
  if (version === undefined) return fail(MESSAGES.noVersion(SCHEMA_VERSION));
  const notes: Diagnostic[] = [];
  if (version === 1) {
    // Placed before migrating: the note points at the file's own `schemaVersion: 1`.
    notes.push(place({ severity: 'note', path: ['schemaVersion'], ...MESSAGES.readAsV2() }));
    data = migrateV1(data as Record<string, unknown>);
  } else if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return versionError(MESSAGES.newerVersion(version, READ_VERSIONS));
  } else if (version !== SCHEMA_VERSION) return versionError(MESSAGES.badVersion(version, READ_VERSIONS));

  const textFindings: Finding[] = [];
  const parsed = scenarioSchema.safeParse(plainText(data, textFindings));
  if (!parsed.success) {
    return {
      ok: false,
      errors: inFileOrder(zodFindings(scenarioSchema, parsed.error, data).map(place)),
      warnings: [],
      notes,
    };
  }
  const checked = [...textFindings, ...crossCheck(parsed.data, { version })];
  // An analysis of the negotiation only means something once every reference resolves.
  if (!checked.some((f) => f.severity === 'error'))
    for (const analyse of analyses) checked.push(...analyse(parsed.data));
  const findings = inFileOrder(checked.map(place));
  const errors = findings.filter((d) => d.severity === 'error');
  const warnings = findings.filter((d) => d.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings, notes };
  return { ok: true, scenario: deepFreeze(parsed.data), warnings, notes };
}

function inFileOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function duplicateKeyName(text: string, offset: number): string {
  return /^["']?([^"':\n]+)/.exec(text.slice(offset, offset + 80))?.[1]?.trim() ?? '?';
}
