import { daysBetween, firstDayOfMonth, lastDayOfMonth, lastMonths, monthOf } from './calendar-days';
import { toDayRange, type AccountabilityPeriod, type DayRange } from './period';

export type CommitmentOwner = 'rep' | 'manager';

/** What the figures need of an action item. Dates are calendar days, `yyyy-MM-dd`. */
export interface AccountabilityItem {
  id: number;
  owner: CommitmentOwner;
  dueDate: string | null;
  status: 'open' | 'done' | 'dropped';
  /** The day it was done or dropped. */
  completedOn: string | null;
}

/** A follow-up check of an item, at any meeting. Only its existence matters to the figures. */
export interface CheckedItemRef {
  actionItemId: number;
}

/**
 * The product rules' accountability figures for one owner (the rep or the manager) and one period.
 * D = the owner's items whose due date falls in the period and is not after today, leaving out
 * dropped items. Every rate is null ("no data", shown as —) when D is empty, never 0 or 1.
 */
export interface AccountabilityFigures {
  /** |D|. */
  dueCount: number;
  doneCount: number;
  /** Done on or before the due date (completedOn ≤ dueDate). */
  onTimeCount: number;
  /** Done, or checked at least once at a later one-on-one. */
  coveredCount: number;
  followThroughRate: number | null;
  onTimeRate: number | null;
  coverageRate: number | null;
  /**
   * Average over D of the days late: (completedOn for done items, today for open ones) − dueDate
   * when positive, else 0. An open item of D is late by construction (its due date is not after
   * today); a done item finished early counts 0. A done item with no completion day recorded
   * counts 0, as the data cannot say it was late.
   */
  averageDaysOverdue: number | null;
  /** The owner's open items now, whatever their due date: the counts are "as of today", not of the period. */
  openCount: number;
  /** Open items whose due date is before today (an item due today is not overdue yet). */
  overdueCount: number;
}

/** One month of the trend: the figures over the items due in that month (up to today). */
export interface MonthlyPoint {
  /** `yyyy-MM`. */
  month: string;
  dueCount: number;
  followThroughRate: number | null;
  onTimeRate: number | null;
  coverageRate: number | null;
}

const rate = (count: number, total: number): number | null => (total === 0 ? null : count / total);

export function accountabilityFigures(
  items: readonly AccountabilityItem[],
  checks: readonly CheckedItemRef[],
  period: AccountabilityPeriod | DayRange,
  today: string,
  owner: CommitmentOwner,
): AccountabilityFigures {
  const checked = new Set(checks.map((check) => check.actionItemId));
  return figuresOver(items, checked, toDayRange(period, today), today, owner);
}

/** The same figures with the checked item ids already collected (the team view calls this per rep and month). */
export function figuresOver(
  items: readonly AccountabilityItem[],
  checkedItemIds: ReadonlySet<number>,
  range: DayRange,
  today: string,
  owner: CommitmentOwner,
): AccountabilityFigures {
  const lastCountedDay = range.to < today ? range.to : today;
  let dueCount = 0;
  let doneCount = 0;
  let onTimeCount = 0;
  let coveredCount = 0;
  let daysLate = 0;
  let openCount = 0;
  let overdueCount = 0;
  for (const item of items) {
    if (item.owner !== owner) continue;
    if (item.status === 'open') {
      openCount += 1;
      if (item.dueDate !== null && item.dueDate < today) overdueCount += 1;
    }
    const due = item.dueDate;
    // Dropping is a decision, not a miss: dropped items are never part of D.
    if (item.status === 'dropped' || due === null || due < range.from || due > lastCountedDay) continue;
    dueCount += 1;
    const done = item.status === 'done';
    if (done) {
      doneCount += 1;
      if (item.completedOn !== null && item.completedOn <= due) onTimeCount += 1;
    }
    if (done || checkedItemIds.has(item.id)) coveredCount += 1;
    const finished = done ? item.completedOn : today;
    if (finished !== null && finished > due) daysLate += daysBetween(due, finished);
  }
  return {
    dueCount,
    doneCount,
    onTimeCount,
    coveredCount,
    followThroughRate: rate(doneCount, dueCount),
    onTimeRate: rate(onTimeCount, dueCount),
    coverageRate: rate(coveredCount, dueCount),
    averageDaysOverdue: rate(daysLate, dueCount),
    openCount,
    overdueCount,
  };
}

/**
 * The trend: for each of the `months` calendar months ending with today's month, the figures
 * over the owner's items due in that month. The current month only counts items due up to today.
 */
export function monthlySeries(
  items: readonly AccountabilityItem[],
  checks: readonly CheckedItemRef[] | ReadonlySet<number>,
  today: string,
  months: number,
  owner: CommitmentOwner,
): MonthlyPoint[] {
  const checked = isIdSet(checks) ? checks : new Set(checks.map((check) => check.actionItemId));
  const byMonth = new Map<string, AccountabilityItem[]>();
  for (const item of items) {
    if (item.owner !== owner || item.dueDate === null) continue;
    const month = monthOf(item.dueDate);
    const bucket = byMonth.get(month);
    if (bucket) bucket.push(item);
    else byMonth.set(month, [item]);
  }
  return lastMonths(today, months).map((month) => {
    const range = { from: firstDayOfMonth(month), to: lastDayOfMonth(month) };
    const figures = figuresOver(byMonth.get(month) ?? [], checked, range, today, owner);
    return {
      month,
      dueCount: figures.dueCount,
      followThroughRate: figures.followThroughRate,
      onTimeRate: figures.onTimeRate,
      coverageRate: figures.coverageRate,
    };
  });
}

const isIdSet = (checks: readonly CheckedItemRef[] | ReadonlySet<number>): checks is ReadonlySet<number> =>
  checks instanceof Set;
