/**
 * Calendar arithmetic, in one place: scenario dates are ISO days (YYYY-MM-DD) and the game counts days from
 * the calendar's start. Whole-day UTC arithmetic, so no time zone or clock enters.
 */
const DAY_MS = 86_400_000;

function utcOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Days from `start` to `date` (negative before it). */
export function dayIndex(start: string, date: string): number {
  return Math.round((utcOf(date) - utcOf(start)) / DAY_MS);
}

/** The UTC time of the start of day `day` counted from `start`, for formatting. */
export function utcOfDay(start: string, day: number): number {
  return utcOf(start) + day * DAY_MS;
}
