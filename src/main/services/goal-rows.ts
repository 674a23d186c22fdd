import { goalPacing } from '@shared/accountability/goal-pacing';
import type { Goal, GoalCheckIn, GoalKind, GoalStatus, GoalSummary, GoalUnit } from '@shared/goals/goal';

export interface GoalSqlRow {
  id: number;
  rep_id: number;
  title: string;
  kind: GoalKind;
  metric: string | null;
  unit: GoalUnit | null;
  start_value: number | null;
  target_value: number | null;
  start_date: string;
  end_date: string;
  status: GoalStatus;
  milestone_done: number;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GoalSummarySqlRow extends GoalSqlRow {
  latest_value: number | null;
  latest_date: string | null;
  check_in_count: number;
}

/** The newest check-in by date (then by entry order) is the goal's current value. */
export const GOAL_SUMMARY_SELECT = `
  SELECT g.*,
    (SELECT i.value FROM goal_check_ins i WHERE i.goal_id = g.id ORDER BY i.date DESC, i.id DESC LIMIT 1) AS latest_value,
    (SELECT max(i.date) FROM goal_check_ins i WHERE i.goal_id = g.id) AS latest_date,
    (SELECT count(*) FROM goal_check_ins i WHERE i.goal_id = g.id) AS check_in_count
  FROM goals g`;

export const toGoal = (row: GoalSqlRow): Goal => ({
  id: row.id,
  repId: row.rep_id,
  title: row.title,
  kind: row.kind,
  metric: row.metric,
  unit: row.unit,
  startValue: row.start_value,
  targetValue: row.target_value,
  startDate: row.start_date,
  endDate: row.end_date,
  status: row.status,
  milestoneDone: row.milestone_done === 1,
  closedAt: row.closed_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function toGoalSummary(row: GoalSummarySqlRow, today: string): GoalSummary {
  const goal = toGoal(row);
  const pacing =
    goal.kind === 'metric' && goal.startValue !== null && goal.targetValue !== null
      ? goalPacing({
          start: goal.startValue,
          target: goal.targetValue,
          latest: row.latest_value,
          startDate: goal.startDate,
          endDate: goal.endDate,
          today,
        })
      : null;
  return {
    ...goal,
    latestValue: row.latest_value,
    latestDate: row.latest_date,
    checkInCount: row.check_in_count,
    pacing,
  };
}

export interface CheckInSqlRow {
  id: number;
  goal_id: number;
  meeting_id: number | null;
  date: string;
  value: number;
  note: string | null;
  created_at: string;
}

export const toCheckIn = (row: CheckInSqlRow): GoalCheckIn => ({
  id: row.id,
  goalId: row.goal_id,
  meetingId: row.meeting_id,
  date: row.date,
  value: row.value,
  note: row.note,
  createdAt: row.created_at,
});
