import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { ActionItem } from '@shared/action-items/action-item';

const dueFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** A due day (yyyy-MM-dd) in the manager's locale; parsed as a local day so it never shifts. */
export function formatDueDate(day: string): string {
  const parsed = parseISO(day);
  return isValid(parsed) ? dueFormat.format(parsed) : day;
}

/**
 * Whole calendar days an open item is past its due date in the manager's time zone (docs/product-rules.md:
 * dates are calendar days there); 0 when it is not overdue. Done and dropped items never are.
 */
export function daysOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: Date = new Date()): number {
  if (item.status !== 'open' || !item.dueDate) return 0;
  const due = parseISO(item.dueDate);
  if (!isValid(due)) return 0;
  return Math.max(0, differenceInCalendarDays(today, due));
}

export const overdueLabel = (days: number): string => (days === 1 ? '1 day overdue' : `${days} days overdue`);

export const todayDay = (today: Date = new Date()): string => format(today, 'yyyy-MM-dd');
