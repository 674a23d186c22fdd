import { calendarDayOf } from '@shared/accountability/calendar-days';
import type { ActionItem, ActionItemStatus } from '@shared/action-items/action-item';

/** An action_items row as SQLite returns it. */
export interface ActionItemSqlRow {
  id: number;
  rep_id: number;
  meeting_id: number | null;
  goal_id: number | null;
  title: string;
  owner: ActionItem['owner'];
  due_date: string | null;
  status: ActionItemStatus;
  carry_count: number;
  completed_on: string | null;
  closed_at: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export const ACTION_ITEM_COLUMNS =
  'a.id, a.rep_id, a.meeting_id, a.goal_id, a.title, a.owner, a.due_date, a.status, a.carry_count, a.completed_on, a.closed_at, a.position, a.created_at, a.updated_at';

export const toActionItem = (row: ActionItemSqlRow): ActionItem => ({
  id: row.id,
  repId: row.rep_id,
  meetingId: row.meeting_id,
  goalId: row.goal_id,
  title: row.title,
  owner: row.owner,
  dueDate: row.due_date,
  status: row.status,
  carryCount: row.carry_count,
  completedOn: row.completed_on,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Calendar days are the manager's: "today" in the local time zone, not UTC. */
export const localDay = (date: Date): string => calendarDayOf(date);

/**
 * The closing columns that go with a status. Done and dropped record the day (the on-time rate
 * compares it with the due date) and the instant; reopening clears both.
 */
export function closingColumns(
  status: ActionItemStatus,
  now: Date,
): { completedOn: string | null; closedAt: string | null } {
  return status === 'open'
    ? { completedOn: null, closedAt: null }
    : { completedOn: localDay(now), closedAt: now.toISOString() };
}
