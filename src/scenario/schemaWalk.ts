import type { z } from 'zod';
import type { PathSegment } from './diagnostic';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schemas that may stand at `path` (several where a union does not yet know which). */
export function schemasAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType[] {
  let current = [unwrap(root)];
  for (const segment of path) {
    current = current.flatMap((schema): z.ZodType[] => {
      const def = defOf(schema);
      if (def.type === 'union') return (def.options ?? []).flatMap((o) => schemasAt(o, [segment]));
      if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment])
        return [def.shape[segment]];
      if (def.type === 'array' && def.element) return [def.element];
      if (def.type === 'record' && def.valueType) return [def.valueType];
      return [];
    });
    current = current.map(unwrap);
  }
  return current.flatMap((schema) => {
    const def = defOf(schema);
    return def.type === 'union' ? (def.options ?? []).map(unwrap) : [schema];
  });
}

/** The keys an object may have at `path`. */
export function knownKeysAt(root: z.ZodType, path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    const def = defOf(schema);
    if (def.type === 'object')
      for (const key of Object.keys(def.shape ?? {})) if (key !== '$schema') keys.add(key);
  }
  return [...keys];
}

/** The field's own description, for "add key: …" hints. */
export function descriptionAt(root: z.ZodType, path: readonly PathSegment[]): string | undefined {
  for (const schema of schemasAt(root, path)) {
    if (schema.description) return schema.description;
  }
  return undefined;
}
