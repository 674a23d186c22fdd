/*
 * Calendar-day arithmetic on `yyyy-MM-dd` strings. Accountability is counted in whole days of
 * the manager's calendar, so these helpers never go through a local-time Date (where a DST
 * change can make a "day" 23 or 25 hours long): a day is turned into a count of days since
 * 1970-01-01 by its UTC midnight and back.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `yyyy-MM-dd` day. */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function dayFromNumber(value: number): string {
  return new Date(value * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (day: string, days: number): string => dayFromNumber(dayNumber(day) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** `yyyy-MM` of a day. */
export const monthOf = (day: string): string => day.slice(0, 7);

export const firstDayOfMonth = (month: string): string => `${month}-01`;

export function lastDayOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10);
}

/** The month `months` after (or before, when negative) a `yyyy-MM` month. */
export function addMonthsToMonth(month: string, months: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  return `${String(year).padStart(4, '0')}-${String(total - year * 12 + 1).padStart(2, '0')}`;
}

/** The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonthsToDay(day: string, months: number): string {
  const month = addMonthsToMonth(monthOf(day), months);
  const last = lastDayOfMonth(month);
  const candidate = `${month}-${day.slice(8, 10)}`;
  return candidate > last ? last : candidate;
}

/** The `count` calendar months ending with the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, index) => addMonthsToMonth(current, index - count + 1));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in a time zone — the machine's own when none is given,
 * which is the manager's, since Coachbook runs on the manager's computer. 23:30 on the 27th in
 * Los Angeles is already the 28th in UTC: "today" must come from here, never from
 * `toISOString().slice(0, 10)`.
 */
export function calendarDayOf(instant: Date, timeZone?: string): string {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(key, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
