import { elapsedShare } from '../accountability/goal-pacing';
import type { ChartPoint, GoalChart } from './goal';

export interface ChartGoal {
  startValue: number;
  targetValue: number;
  startDate: string;
  endDate: string;
}

/**
 * The data of a metric goal's progress chart: check-ins oldest first, the straight line from
 * (start date, start value) to (end date, target) that pacing measures against, and where that
 * line stands today.
 */
export function goalChart(goal: ChartGoal, checkIns: readonly ChartPoint[], today: string): GoalChart {
  const sorted = [...checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const inPeriod = today >= goal.startDate && today <= goal.endDate;
  const share = elapsedShare(goal.startDate, goal.endDate, today);
  return {
    checkIns: sorted.map((point) => ({ date: point.date, value: point.value })),
    targetLine: [
      { date: goal.startDate, value: goal.startValue },
      { date: goal.endDate, value: goal.targetValue },
    ],
    expectedToday: inPeriod
      ? { date: today, value: goal.startValue + (goal.targetValue - goal.startValue) * share }
      : null,
  };
}
