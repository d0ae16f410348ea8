import type { z } from 'zod';
import type { Finding, PathSegment } from './diagnostic';
import { closest } from './didYouMean';
import { MESSAGES, type Message } from './messages';
import { descriptionAt, knownKeysAt } from './schemaWalk';

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

const originKind = (origin: unknown): 'number' | 'text' | 'list' =>
  origin === 'string' ? 'text' : origin === 'array' ? 'list' : 'number';

/** How many problems zod found: each unknown key counts, though zod reports a map's unknown keys as one issue. */
export function countZodProblems(error: z.ZodError): number {
  let count = 0;
  for (const issue of error.issues) count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return count;
}

/**
 * Turns zod's issues into findings with plain-language messages and hints: at most `limit` of them, so a file
 * of 50,000 unknown keys costs no more than one of a hundred (countZodProblems counts the rest).
 */
export function zodFindings(
  schema: z.ZodType,
  error: z.ZodError,
  data: unknown,
  limit = Number.POSITIVE_INFINITY,
): Finding[] {
  let room = limit;
  const findings = error.issues.flatMap((issue): Finding[] => {
    if (room <= 0) return [];
    const made = findingsOf(issue, room);
    room -= made.length;
    return made;
  });
  return withoutEchoes(findings);

  function findingsOf(issue: z.core.$ZodIssue, room: number): Finding[] {
    const path = issue.path as PathSegment[];
    const found = valueAt(data, path);
    const at = (m: Message, atKey = false): Finding => ({ severity: 'error', path, ...m, atKey });
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        return issue.keys.slice(0, room).map((key) => ({
          severity: 'error' as const,
          path: [...path, key],
          atKey: true,
          ...MESSAGES.unknownKey(key, closest(key, known), known),
        }));
      }
      case 'invalid_type': {
        if (found === undefined) {
          const key = String(path[path.length - 1] ?? '');
          if (path.length === 2 && path[0] === 'meta' && key === 'kind') return [at(MESSAGES.missingKind())];
          return [at(MESSAGES.missing(key, descriptionAt(schema, path)))];
        }
        return [at(MESSAGES.wrongType(String(issue.expected), found))];
      }
      case 'too_small':
        return [
          at(MESSAGES.tooSmall(originKind(issue.origin), issue.minimum, issue.inclusive ?? true, found)),
        ];
      case 'too_big':
        return [at(MESSAGES.tooBig(originKind(issue.origin), issue.maximum, found))];
      case 'invalid_format': {
        if (issue.format === 'regex') {
          const text = String(issue.message);
          if (text.includes('colour')) return [at(MESSAGES.badColour(found))];
          if (text.includes('option id:')) return [at(MESSAGES.badOptionId(found))];
          if (text.includes('id:')) return [at(MESSAGES.badId(found))];
          return [at(MESSAGES.invalid(`${JSON.stringify(found)} should be ${text}`))];
        }
        return [at(MESSAGES.badFormat(issue.format, found))];
      }
      case 'invalid_value': {
        if (found === undefined) {
          const key = String(path[path.length - 1] ?? '');
          if (path.length === 2 && path[0] === 'meta' && key === 'kind') return [at(MESSAGES.missingKind())];
          return [at(MESSAGES.missing(key, descriptionAt(schema, path)))];
        }
        const allowed = issue.values as unknown[];
        const strings = allowed.filter((v): v is string => typeof v === 'string');
        return [
          at(
            MESSAGES.badChoice(
              found,
              allowed,
              typeof found === 'string' ? closest(found, strings) : undefined,
            ),
          ),
        ];
      }
      case 'invalid_union': {
        if ('discriminator' in issue && issue.discriminator === 'kind') {
          return [
            {
              severity: 'error',
              path: [...path, 'kind'],
              ...MESSAGES.badEffectKind(valueAt(found, ['kind'])),
            },
          ];
        }
        return [at(MESSAGES.invalid(issue.message))];
      }
      case 'invalid_key': {
        const key = path[path.length - 1];
        const option = issue.issues.some((inner) => String(inner.message).includes('option id:'));
        return [
          {
            severity: 'error',
            path,
            atKey: true,
            ...(option ? MESSAGES.badOptionId(key) : MESSAGES.badId(key)),
          },
        ];
      }
      case 'custom': {
        const params = (issue.params ?? {}) as { key?: string; missing?: string };
        if (params.key === 'evidence.both') return [at(MESSAGES.evidenceBoth())];
        if (params.key === 'evidence.none') return [at(MESSAGES.evidenceNone())];
        if (params.key === 'event.basis') return [at(MESSAGES.eventBasis())];
        if (params.key === 'evidence.half') return [at(MESSAGES.evidenceHalf(params.missing ?? 'quote'))];
        return [at(MESSAGES.invalid(issue.message))];
      }
      default:
        return [at(MESSAGES.invalid(issue.message))];
    }
  }
}

/** "walkAway is missing" says nothing new next to "unknown key walkaway: did you mean walkAway?". */
function withoutEchoes(findings: Finding[]): Finding[] {
  const suggested = new Set(
    findings
      .filter((f) => f.hint?.startsWith('did you mean') && f.atKey)
      .map((f) => [...f.path.slice(0, -1), /"(.+)"/.exec(f.hint ?? '')?.[1] ?? ''].join('\u0000')),
  );
  return findings.filter((f) => !(f.message.endsWith('is missing') && suggested.has(f.path.join('\u0000'))));
}
