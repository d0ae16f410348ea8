import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The JSON Schema editors use for autocomplete and help, derived from the zod schema (one source of truth). */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  const withId = { ...schema, $id: 'scenario.schema.json', title: 'Geneva II: The Envoy scenario' };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
