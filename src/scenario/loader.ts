import { type Document, LineCounter, Parser, parseDocument } from 'yaml';
import { crossCheck } from './crossChecks';
import { type Diagnostic, type Finding, formatPath, type PathSegment } from './diagnostic';
import { MAX_FILE_BYTES } from './fileLimits';
import { MESSAGES, type Message } from './messages';
import { migrateV1 } from './migrateV1';
import { plainText } from './plainText';
import { READ_VERSIONS, SCHEMA_VERSION, type Scenario, scenarioSchema } from './schema';
import { nestingDepth, YamlIndex } from './yamlIndex';
import { countZodProblems, zodFindings } from './zodFindings';

export { MAX_FILE_BYTES } from './fileLimits';
export const MAX_DEPTH = 64;
const MAX_ALIASES = 50;
/**
 * The most diagnostics of each severity a result lists (the title screen shows twelve). Past it the loader
 * stops working out messages and places and only counts: `counts` says how many there were in all.
 */
export const MAX_LISTED = 100;

/** What every result carries besides the scenario or its errors. */
export interface LoadNotes {
  /** Problems that do not stop the game (an option nobody scored, a zone of agreement that may be empty). */
  readonly warnings: readonly Diagnostic[];
  /** Facts worth telling an author that need no fix: a check that sampled a space too large to enumerate. */
  readonly notes: readonly Diagnostic[];
  /** How many of each the file has in all; `errors`, `warnings` and `notes` list at most MAX_LISTED each. */
  readonly counts: { readonly errors: number; readonly warnings: number; readonly notes: number };
}

export type LoadResult =
  | ({ readonly ok: true; readonly scenario: Scenario } & LoadNotes)
  | ({ readonly ok: false; readonly errors: readonly Diagnostic[] } & LoadNotes);

type YamlDoc = Document.Parsed;

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
  const failWith = (errors: Diagnostic[], total = errors.length): LoadResult => ({
    ok: false,
    errors: inFileOrder(errors).slice(0, MAX_LISTED),
    warnings: [],
    notes: [],
    counts: { errors: total, warnings: 0, notes: 0 },
  });
  const fail = (m: Message, offset = 0, path: PathSegment[] = []): LoadResult =>
    failWith([diagnostic('error', path, m, offset)]);

  if (text.length > MAX_FILE_BYTES) return fail(MESSAGES.tooLarge(text.length, MAX_FILE_BYTES));
  if (text.trim() === '') return fail(MESSAGES.empty());
  const nesting = nestingDepth(text, MAX_DEPTH);
  if (nesting.depth > MAX_DEPTH) {
    // The lines are counted here, not by the parser, so the error can say where the nesting runs away.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return fail(MESSAGES.tooDeep(MAX_DEPTH), nesting.offset);
  }

  let doc: YamlDoc;
  try {
    // Duplicate keys are found by YamlIndex: the library's own check compares every key with every other.
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (error) {
    return fail(thrown(error));
  }
  const index = new YamlIndex(doc);
  if (doc.errors.length > 0) {
    const multiple = doc.errors.find((e) => e.code === 'MULTIPLE_DOCS');
    if (multiple) {
      const { count, second } = documents(text);
      return fail(MESSAGES.multipleDocuments(count, lineCounter.linePos(second).line), second);
    }
    const errors = doc.errors.slice(0, MAX_LISTED).map((e) => {
      const m =
        e.code === 'RESOURCE_EXHAUSTION'
          ? MESSAGES.tooDeep(MAX_DEPTH)
          : (MESSAGES.yamlProblem(e.code, firstLine(e.message)) ?? MESSAGES.yamlSyntax(firstLine(e.message)));
      return diagnostic('error', [], m, e.pos[0]);
    });
    return failWith(errors, doc.errors.length);
  }
  const duplicates = index.duplicateKeys();
  if (duplicates.length > 0) {
    const errors = duplicates
      .slice(0, MAX_LISTED)
      .map((offset) =>
        diagnostic('error', [], MESSAGES.duplicateKey(duplicateKeyName(text, offset)), offset),
      );
    return failWith(errors, duplicates.length);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const unresolved = /^Unresolved alias.*: (.+)$/.exec(error instanceof Error ? error.message : '')?.[1];
    if (unresolved !== undefined)
      return fail(MESSAGES.unknownAlias(unresolved), Math.max(0, text.indexOf(`*${unresolved}`)));
    return fail(/alias/i.test(String(error)) ? MESSAGES.aliases() : thrown(error));
  }
  if (data === null || data === undefined) return fail(MESSAGES.empty());
  if (typeof data !== 'object' || Array.isArray(data))
    return fail(MESSAGES.notAMap(data), doc.contents?.range?.[0] ?? 0);

  const place = (finding: Finding): Diagnostic => {
    const node = index.nodeAt(finding.path, finding.atKey ?? false);
    const { severity, path, message, hint } = finding;
    return diagnostic(severity, path, hint ? { message, hint } : { message }, node?.range?.[0] ?? 0);
  };

  const version = (data as Record<string, unknown>).schemaVersion;
  const versionError = (m: Message): LoadResult =>
    failWith([place({ severity: 'error', path: ['schemaVersion'], ...m })]);
  if (version === undefined) return fail(MESSAGES.noVersion(SCHEMA_VERSION));
  const migration: Diagnostic[] = [];
  if (version === 1) {
    // Placed before migrating: the note points at the file's own `schemaVersion: 1`.
    migration.push(place({ severity: 'note', path: ['schemaVersion'], ...MESSAGES.readAsV2() }));
    data = migrateV1(data as Record<string, unknown>);
  } else if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return versionError(MESSAGES.newerVersion(version, READ_VERSIONS));
  } else if (version !== SCHEMA_VERSION) return versionError(MESSAGES.badVersion(version, READ_VERSIONS));

  const textFindings: Finding[] = [];
  const parsed = scenarioSchema.safeParse(plainText(data, textFindings));
  if (!parsed.success) {
    const findings = zodFindings(scenarioSchema, parsed.error, data, MAX_LISTED);
    // Past the cap, zod's own count (which cannot know which findings would echo others) stands for the total.
    const all = countZodProblems(parsed.error);
    const total = all > MAX_LISTED ? all : findings.length;
    const failed = failWith(findings.map(place), total);
    return { ...failed, notes: migration, counts: { ...failed.counts, notes: migration.length } };
  }
  const checked = [...textFindings, ...crossCheck(parsed.data, { version })];
  // An analysis of the negotiation only means something once every reference resolves.
  if (!checked.some((f) => f.severity === 'error'))
    for (const analyse of analyses) checked.push(...analyse(parsed.data));
  const findings = inFileOrder(checked.map(place));
  const listed = (severity: Diagnostic['severity']) => {
    const all = findings.filter((d) => d.severity === severity);
    return { all: all.length, listed: all.slice(0, MAX_LISTED) };
  };
  const errors = listed('error');
  const warnings = listed('warning');
  const notes = listed('note');
  const report = {
    warnings: warnings.listed,
    notes: [...migration, ...notes.listed],
    counts: { errors: errors.all, warnings: warnings.all, notes: migration.length + notes.all },
  };
  if (errors.all > 0) return { ok: false, errors: errors.listed, ...report };
  return { ok: true, scenario: deepFreeze(parsed.data), ...report };
}

/** An exception from the YAML library, in an author's words: never a stack trace or an API's advice. */
function thrown(error: unknown): Message {
  if (error instanceof RangeError) return MESSAGES.tooDeep(MAX_DEPTH);
  const detail = error instanceof Error ? error.message : String(error);
  return MESSAGES.yamlSyntax(firstLine(detail));
}

/** How many YAML documents the text holds and where the second starts, from the parser's tokens alone. */
function documents(text: string): { count: number; second: number } {
  let count = 0;
  let second = 0;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    count++;
    if (count === 2) second = token.offset;
  }
  return { count, second };
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
