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

/** The dates the rules count days by (a scenario's `calendar`). */
export interface PlayCalendar {
  readonly start: string;
  readonly conference: string;
  readonly lastDay?: string | undefined;
}

/**
 * How many days are played: from `start` to `lastDay`, both included. Without a `lastDay`, the day before the
 * conference is the last (so the conference date itself is not a playing day, as in format version 1). The one
 * definition of the length of a game: the rules, the census and the screens all count by it.
 */
export function playedDays(calendar: PlayCalendar): number {
  return calendar.lastDay === undefined
    ? dayIndex(calendar.start, calendar.conference)
    : dayIndex(calendar.start, calendar.lastDay) + 1;
}

/** The day the meeting convenes, counted from `start`: the last played day when `lastDay` is the conference date. */
export function conferenceDayOf(calendar: PlayCalendar): number {
  return dayIndex(calendar.start, calendar.conference);
}
