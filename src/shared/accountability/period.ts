import { addDays } from './calendar-days';

export const PERIOD_PRESETS = [30, 90, 365] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The period a manager picks: the last 30 / 90 / 365 days up to today, or a custom range. */
export type AccountabilityPeriod = { kind: 'last'; days: PeriodPreset } | { kind: 'custom'; from: string; to: string };

/** A range of calendar days, both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export interface ResolvedPeriod extends DayRange {
  /** How the period reads in a sentence: "last 90 days", "2026-03-01 to 2026-05-31". */
  label: string;
}

/** "Last 30 days" counts today as one of the 30, so the range starts 29 days ago. */
export function resolvePeriod(period: AccountabilityPeriod, today: string): ResolvedPeriod {
  if (period.kind === 'custom') return { from: period.from, to: period.to, label: `${period.from} to ${period.to}` };
  return { from: addDays(today, -(period.days - 1)), to: today, label: `last ${period.days} days` };
}

export const toDayRange = (period: AccountabilityPeriod | DayRange, today: string): DayRange =>
  'kind' in period ? resolvePeriod(period, today) : period;
