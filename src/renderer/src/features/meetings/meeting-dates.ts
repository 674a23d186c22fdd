import { differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import { calendarDayOf } from '@shared/accountability/calendar-days';

// `undefined` locale: dates and times read the way the manager's system writes them.
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const longDateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** "27 Nov 2026, 09:30" in the manager's locale and time zone. */
export const formatMeetingDateTime = (instant: string): string => dateTimeFormat.format(new Date(instant));

/** "Friday, 27 November 2026 at 09:30": the workspace header has room for the whole thing. */
export const formatMeetingLong = (instant: string): string => longDateTimeFormat.format(new Date(instant));

export const formatMeetingTime = (instant: string): string => timeFormat.format(new Date(instant));

/** The heading of a day in the upcoming view: Today, Tomorrow, else "Monday, 30 November". */
export function dayHeading(instant: string, now: Date = new Date()): string {
  const days = differenceInCalendarDays(new Date(instant), now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  return weekdayFormat.format(new Date(instant));
}

/** The local calendar day of an instant, as yyyy-MM-dd: the key meetings are grouped by. */
export const localDayKey = (instant: string): string => calendarDayOf(new Date(instant));

/*
 * Mantine's date pickers hold local wall-clock strings ("2026-11-27 09:30:00"). Meetings are
 * stored as ISO UTC instants, so the conversion happens here, in one place, through Date.
 */
const PICKER_FORMAT = 'yyyy-MM-dd HH:mm:ss';

export const toPickerValue = (instant: string): string => format(new Date(instant), PICKER_FORMAT);

export function fromPickerValue(value: string | null): string | null {
  if (!value) return null;
  const parsed = parse(value, PICKER_FORMAT, new Date());
  if (isValid(parsed)) return parsed.toISOString();
  // Some picker versions hand back "yyyy-MM-dd HH:mm" without seconds.
  const short = parse(value, 'yyyy-MM-dd HH:mm', new Date());
  return isValid(short) ? short.toISOString() : null;
}
