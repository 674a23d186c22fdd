import { isValid, parseISO } from 'date-fns';

// `undefined` locale: dates read the way the manager's system writes them.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A calendar day (yyyy-MM-dd) in the manager's locale; parsed as a local day so it never shifts. */
export function formatCalendarDay(day: string | null): string | null {
  if (!day) return null;
  const parsed = parseISO(day);
  return isValid(parsed) ? dayFormat.format(parsed) : null;
}

/** Two calendar days as one locale range, e.g. "Oct 28 – Dec 27, 2026"; as stored when either is not a day. */
export function formatCalendarDayRange(start: string, end: string): string {
  const first = parseISO(start);
  const last = parseISO(end);
  if (!isValid(first) || !isValid(last)) return `${start} – ${end}`;
  return dayFormat.formatRange(first, last);
}

/** The local calendar day of an instant (ISO 8601), in the manager's locale. */
export function formatInstantDay(instant: string | null): string | null {
  if (!instant) return null;
  const parsed = new Date(instant);
  return Number.isNaN(parsed.getTime()) ? null : dayFormat.format(parsed);
}
