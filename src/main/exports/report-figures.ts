import { calendarDayOf as sharedCalendarDayOf } from '@shared/accountability/calendar-days';
import { figuresOver, type AccountabilityItem, type CommitmentOwner } from '@shared/accountability/figures';
import type { DayRange } from '@shared/accountability/period';

/*
 * The reports use the same accountability figures and goal pacing as the screens
 * (src/shared/accountability), so a PDF never disagrees with the team view. What is left here is
 * what only documents need: the follow-through of every month a chosen range touches.
 */
export { figuresOver, type AccountabilityFigures, type CommitmentOwner } from '@shared/accountability/figures';
export { goalPacing, type GoalPace, type GoalPacing } from '@shared/accountability/goal-pacing';
export { daysBetween } from '@shared/accountability/calendar-days';
export type { DayRange } from '@shared/accountability/period';
export type FigureItem = AccountabilityItem;

export interface MonthlyPoint {
  /** yyyy-MM. */
  month: string;
  dueCount: number;
  followThroughRate: number | null;
}

/** The months a range touches, oldest first (yyyy-MM). */
export function monthsOf(range: DayRange): string[] {
  const months: string[] = [];
  let year = Number(range.from.slice(0, 4));
  let month = Number(range.from.slice(5, 7));
  const last = range.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last || months.length > 240) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export function monthlyFollowThrough(
  items: readonly FigureItem[],
  checkedItemIds: ReadonlySet<number>,
  range: DayRange,
  today: string,
  owner: CommitmentOwner,
): MonthlyPoint[] {
  return monthsOf(range).map((month) => {
    const monthRange = { from: maxDay(`${month}-01`, range.from), to: minDay(`${month}-31`, range.to) };
    const figures = figuresOver(items, checkedItemIds, monthRange, today, owner);
    return { month, dueCount: figures.dueCount, followThroughRate: figures.followThroughRate };
  });
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);

/** The calendar day an instant falls on in the machine's time zone, which is the manager's. */
export const calendarDayOf = (instant: Date | string): string =>
  sharedCalendarDayOf(typeof instant === 'string' ? new Date(instant) : instant);
