/**
 * Join attempts per address: a few a second are a class arriving; a stream of them is someone guessing codes.
 * A fixed window per address, forgotten once it has passed.
 */
export function joinLimiter(most: number, windowMs: number, now: () => number) {
  const seen = new Map<string, { since: number; count: number }>();
  return {
    allow(address: string): boolean {
      const t = now();
      const entry = seen.get(address);
      if (!entry || t - entry.since >= windowMs) {
        if (seen.size > 10_000) for (const [k, v] of seen) if (t - v.since >= windowMs) seen.delete(k);
        seen.set(address, { since: t, count: 1 });
        return true;
      }
      entry.count++;
      return entry.count <= most;
    },
  };
}
