import { isValid, parseISO } from 'date-fns';

/** "4 Dec" in the manager's locale (year added when it is not this year); null when there is no date. */
export function formatDueDate(dueDate: string | null, today: Date = new Date()): string | null {
  if (!dueDate) return null;
  // parseISO reads a bare yyyy-MM-dd as local midnight, so the shown day is the stored day.
  const date = parseISO(dueDate);
  if (!isValid(date)) return null;
  const sameYear = date.getFullYear() === today.getFullYear();
  return new Intl.DateTimeFormat(
    undefined,
    sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' },
  ).format(date);
}
