import { daysBetween } from './calendar-days';

export const GOAL_PACES = ['achieved', 'on_track', 'at_risk', 'off_track'] as const;
export type GoalPace = (typeof GOAL_PACES)[number];

export interface GoalPacingInput {
  start: number;
  target: number;
  /** The newest check-in value; null before the first check-in (no progress yet). */
  latest: number | null;
  /** The goal's period, calendar days. */
  startDate: string;
  endDate: string;
  today: string;
}

export interface GoalPacing {
  pace: GoalPace;
  /** (latest − start) / (target − start); 1 means the target is reached. */
  progress: number;
  /** Share of the period elapsed, 0..1. */
  expected: number;
}

// Progress and expected are fractions computed in floating point: 0.5 − 0.1 is 0.4 exactly in
// words but not always in binary, and a goal sitting on a boundary must land on the kinder side.
const EPSILON = 1e-9;

/**
 * The product rules' goal pacing: achieved at ≥ 100 %, on track when progress ≥ expected − 0.10, at risk
 * down to expected − 0.25, off track below. Works for targets below the start (reduce churn) too,
 * since numerator and denominator change sign together.
 */
export function goalPacing({ start, target, latest, startDate, endDate, today }: GoalPacingInput): GoalPacing {
  const value = latest ?? start;
  // A target equal to its start has no distance to cover: it is met once the value reaches it.
  const progress = target === start ? (value >= target ? 1 : 0) : (value - start) / (target - start);
  const expected = elapsedShare(startDate, endDate, today);
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

/** Elapsed days over the period's length, clamped to 0..1 (before the start 0, after the end 1). */
export function elapsedShare(startDate: string, endDate: string, today: string): number {
  const length = daysBetween(startDate, endDate);
  if (length <= 0) return today >= startDate ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(startDate, today) / length));
}
