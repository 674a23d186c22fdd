/*
 * LEAD: swap for src/shared/accountability (issue 4) when it lands. These are local copies of
 * DESIGN.md's accountability figures and goal pacing, written so issue 6 stands alone; they follow
 * the same rules and names (figuresOver, goalPacing) so the swap is an import change.
 */

export type CommitmentOwner = 'rep' | 'manager';

export interface FigureItem {
  id: number;
  owner: CommitmentOwner;
  /** Calendar days, yyyy-MM-dd. */
  dueDate: string | null;
  status: 'open' | 'done' | 'dropped';
  completedOn: string | null;
}

export interface DayRange {
  from: string;
  to: string;
}

export interface AccountabilityFigures {
  dueCount: number;
  doneCount: number;
  onTimeCount: number;
  coveredCount: number;
  /** Null is "no data" (shown as —), never 0 % or 100 %. */
  followThroughRate: number | null;
  onTimeRate: number | null;
  coverageRate: number | null;
  /** As of today, whatever the period. */
  openCount: number;
  overdueCount: number;
}

const rate = (count: number, total: number): number | null => (total === 0 ? null : count / total);

/**
 * D = the owner's items due in the range and not after today, dropped ones left out (dropping is
 * a decision, not a miss). Follow-through = done / D; on time = done by the due date / D;
 * coverage = done or checked at a later one-on-one / D.
 */
export function figuresOver(
  items: readonly FigureItem[],
  checkedItemIds: ReadonlySet<number>,
  range: DayRange,
  today: string,
  owner: CommitmentOwner,
): AccountabilityFigures {
  const lastDay = range.to < today ? range.to : today;
  const figures = { dueCount: 0, doneCount: 0, onTimeCount: 0, coveredCount: 0, openCount: 0, overdueCount: 0 };
  for (const item of items) {
    if (item.owner !== owner) continue;
    if (item.status === 'open') {
      figures.openCount += 1;
      if (item.dueDate !== null && item.dueDate < today) figures.overdueCount += 1;
    }
    const due = item.dueDate;
    if (item.status === 'dropped' || due === null || due < range.from || due > lastDay) continue;
    figures.dueCount += 1;
    const done = item.status === 'done';
    if (done) figures.doneCount += 1;
    if (done && item.completedOn !== null && item.completedOn <= due) figures.onTimeCount += 1;
    if (done || checkedItemIds.has(item.id)) figures.coveredCount += 1;
  }
  return {
    ...figures,
    followThroughRate: rate(figures.doneCount, figures.dueCount),
    onTimeRate: rate(figures.onTimeCount, figures.dueCount),
    coverageRate: rate(figures.coveredCount, figures.dueCount),
  };
}

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

export type GoalPace = 'achieved' | 'on_track' | 'at_risk' | 'off_track';

export interface GoalPacing {
  pace: GoalPace;
  progress: number;
  expected: number;
}

const EPSILON = 1e-9;

/**
 * Progress = (latest − start) / (target − start); expected = share of the period elapsed.
 * Achieved at ≥ 100 %, on track when progress ≥ expected − 0.10, at risk down to expected − 0.25.
 */
export function goalPacing(input: {
  start: number;
  target: number;
  latest: number | null;
  startDate: string;
  endDate: string;
  today: string;
}): GoalPacing {
  const value = input.latest ?? input.start;
  const progress =
    input.target === input.start
      ? value >= input.target
        ? 1
        : 0
      : (value - input.start) / (input.target - input.start);
  const length = daysBetween(input.startDate, input.endDate);
  const expected =
    length <= 0
      ? input.today >= input.startDate
        ? 1
        : 0
      : Math.min(1, Math.max(0, daysBetween(input.startDate, input.today) / length));
  const pace: GoalPace =
    progress >= 1 - EPSILON
      ? 'achieved'
      : progress >= expected - 0.1 - EPSILON
        ? 'on_track'
        : progress >= expected - 0.25 - EPSILON
          ? 'at_risk'
          : 'off_track';
  return { pace, progress, expected };
}

const dayNumber = (day: string): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The calendar day an instant falls on in the machine's time zone, which is the manager's. */
export function calendarDayOf(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
