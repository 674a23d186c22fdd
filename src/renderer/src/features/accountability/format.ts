import { calendarDayOf, daysBetween } from '@shared/accountability/calendar-days';

/** A rate as a whole percentage; null is "no data" and reads "—", never 0 % (docs/product-rules.md). */
export const formatRate = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

const dayWord = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

/** "today", "tomorrow", "in 3 days", "yesterday", "19 days ago": a day relative to `today`. */
export function relativeDay(day: string, today: string): string {
  const offset = daysBetween(today, day);
  if (offset === 0) return 'today';
  if (offset === 1) return 'tomorrow';
  if (offset === -1) return 'yesterday';
  return offset > 0 ? `in ${dayWord(offset)}` : `${dayWord(-offset)} ago`;
}

/**
 * The manager's calendar day of an instant (yyyy-MM-dd), from the local clock: the same day the
 * main process counts with, since both run on the manager's machine.
 */
export const localDayOf = (instant: string): string => calendarDayOf(new Date(instant));

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "9:30 AM" in the manager's locale. */
export const formatTime = (instant: string): string => timeFormat.format(new Date(instant));

export const daysOverdueText = (days: number): string => `${dayWord(days)} overdue`;

export const pluralize = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
