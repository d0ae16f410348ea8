/**
 * Format version 1 → 2, in memory. Version 2 only adds to version 1, so a version-1 file is a version-2 file
 * with these differences:
 * - `schemaVersion` becomes 2;
 * - `meta.kind` is `historical` (every version-1 scenario retold a real negotiation and had a history);
 * - `calendar.lastDay` stays out: its default, the day before the conference, is version 1's own rule;
 * - `terms` and `outcomes` stay out and take their defaults.
 * Every other field is kept as it was. What version 1 required and version 2 relaxes (every issue weighted) the
 * cross-checks still require of a file that says version 1 (see crossCheck's `version`).
 * The data is not yet validated: anything that is not where version 1 puts it is left for the schema to report.
 */
export function migrateV1(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const meta = data.meta;
  return {
    ...data,
    schemaVersion: 2,
    ...(meta !== null && typeof meta === 'object' && !Array.isArray(meta) && !Object.hasOwn(meta, 'kind')
      ? { meta: { ...(meta as Record<string, unknown>), kind: 'historical' } }
      : {}),
  };
}
