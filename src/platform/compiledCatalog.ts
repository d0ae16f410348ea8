import type { Catalog } from './catalogOf';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.values(value)) deepFreeze(key);
  }
  return value;
}

/**
 * The shipped catalog as the build checked it (scripts/vite/shippedCatalog.ts): parsing JSON is far cheaper at
 * start-up than reading YAML and validating it again. Scenarios stay frozen, as the loader leaves them.
 */
export function catalogFromJson(json: string): Catalog {
  const catalog = JSON.parse(json) as Catalog;
  for (const entry of catalog.entries) deepFreeze(entry.scenario);
  return catalog;
}
