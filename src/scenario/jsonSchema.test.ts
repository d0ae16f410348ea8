import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './jsonSchema';

const committed = join(import.meta.dirname, '..', '..', 'scenarios', 'scenario.schema.json');

interface JsonNode {
  description?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  additionalProperties?: JsonNode | boolean;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
}

function undescribed(node: JsonNode, path: string): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (!child.description) out.push(`${path}.${key}`);
    out.push(...undescribed(child, `${path}.${key}`));
  }
  if (node.items) out.push(...undescribed(node.items, `${path}[]`));
  if (typeof node.additionalProperties === 'object')
    out.push(...undescribed(node.additionalProperties, `${path}{}`));
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) out.push(...undescribed(branch, path));
  return out;
}

describe('the JSON Schema for editors', () => {
  it('is up to date with the zod schema (run `npm run scenario -- schema` if not)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(scenarioJsonSchema());
  });

  it('gives every field a description, which editors show as help', () => {
    expect(undescribed(JSON.parse(scenarioJsonSchema()) as JsonNode, '')).toEqual([]);
  });

  it('refuses unknown keys, so editors flag typos', () => {
    const schema = JSON.parse(scenarioJsonSchema()) as { additionalProperties?: boolean };
    expect(schema.additionalProperties).toBe(false);
  });
});
