import { Badge } from '@mantine/core';
import { formatCalendarDay } from '../reps/format';
import type { GoalPace } from '@shared/accountability/goal-pacing';
import type { GoalSummary, GoalUnit } from '@shared/goals/goal';

const PACE_LABELS: Record<GoalPace, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
};
const PACE_COLORS: Record<GoalPace, string> = {
  achieved: 'teal',
  on_track: 'green',
  at_risk: 'yellow',
  off_track: 'red',
};

export const paceLabel = (pace: GoalPace): string => PACE_LABELS[pace];

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const currency = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A goal value in its unit: "$12,000" reads as money without knowing the currency, so we use plain digits. */
export function formatGoalValue(value: number | null, unit: GoalUnit | null): string {
  if (value === null) return '—';
  if (unit === 'percent') return `${number.format(value)} %`;
  if (unit === 'currency') return currency.format(value);
  return number.format(value);
}

/** Pacing for metric goals, done / not done for milestones, as the manager reads it. */
export function PacingBadge({ goal }: { goal: GoalSummary }) {
  if (goal.kind === 'milestone') {
    return (
      <Badge variant="light" color={goal.milestoneDone ? 'teal' : 'gray'} tt="none">
        {goal.milestoneDone ? 'Done' : 'Not done'}
      </Badge>
    );
  }
  if (!goal.pacing) {
    return (
      <Badge variant="light" color="gray" tt="none">
        No pacing
      </Badge>
    );
  }
  return (
    <Badge variant="light" color={PACE_COLORS[goal.pacing.pace]} tt="none">
      {PACE_LABELS[goal.pacing.pace]}
    </Badge>
  );
}

/** "45 % of target, 50 % expected" — the numbers behind the badge. */
export function pacingDetail(goal: GoalSummary): string {
  if (goal.kind === 'milestone') return `due ${formatCalendarDay(goal.endDate) ?? goal.endDate}`;
  const latest = `${formatGoalValue(goal.latestValue, goal.unit)} of ${formatGoalValue(goal.targetValue, goal.unit)}`;
  if (!goal.pacing) return latest;
  return `${latest} · ${Math.round(goal.pacing.progress * 100)} % done, ${Math.round(goal.pacing.expected * 100)} % expected`;
}
