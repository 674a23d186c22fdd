import { calendarDayOf, daysBetween } from '@shared/accountability/calendar-days';
import type { FollowUpOutcome, FollowUpPanelItem } from '@shared/follow-ups/follow-up';

/** A panel row: the item, where it came from, and this meeting's check if any. */
export interface PanelSqlRow {
  id: number;
  title: string;
  owner: 'rep' | 'manager';
  status: 'open' | 'done' | 'dropped';
  due_date: string | null;
  carry_count: number;
  meeting_id: number | null;
  created_at: string;
  origin_at: string | null;
  check_id: number | null;
  outcome: FollowUpOutcome | null;
  note: string | null;
  new_due_date: string | null;
  previous_due_date: string | null;
  check_created_at: string | null;
}

const PANEL_COLUMNS = `a.id, a.title, a.owner, a.status, a.due_date, a.carry_count, a.meeting_id, a.created_at,
  o.scheduled_at AS origin_at, c.id AS check_id, c.outcome, c.note, c.new_due_date, c.previous_due_date,
  c.created_at AS check_created_at`;

const PANEL_JOINS = `LEFT JOIN meetings o ON o.id = a.meeting_id
  LEFT JOIN follow_up_checks c ON c.action_item_id = a.id AND c.meeting_id = @meetingId`;

/*
 * The panel: the rep's open items plus those this meeting's own checks closed (so they can be
 * changed or undone here), agreed before this meeting — in an earlier one-on-one, or from a form
 * before it was scheduled. The union lets each half use its index: (rep_id, status) for the open
 * items, (meeting_id) for this meeting's checks. Oldest first, in the order they were agreed.
 */
export const PANEL_SQL = `
  WITH candidates(id) AS (
    SELECT id FROM action_items WHERE rep_id = @repId AND status = 'open'
    UNION
    SELECT action_item_id FROM follow_up_checks WHERE meeting_id = @meetingId
  )
  SELECT ${PANEL_COLUMNS}
  FROM candidates k
  JOIN action_items a ON a.id = k.id
  ${PANEL_JOINS}
  WHERE a.rep_id = @repId
    AND (a.meeting_id IS NULL OR a.meeting_id <> @meetingId)
    AND coalesce(o.scheduled_at, a.created_at) < @scheduledAt
  ORDER BY coalesce(o.scheduled_at, a.created_at), a.position, a.id`;

export const PANEL_ITEM_SQL = `SELECT ${PANEL_COLUMNS} FROM action_items a ${PANEL_JOINS} WHERE a.id = @actionItemId`;

/** Local calendar day of a stored instant. */
export const dayOfInstant = (instant: string): string => calendarDayOf(new Date(instant));

export function toPanelItem(row: PanelSqlRow, meetingId: number, meetingDay: string): FollowUpPanelItem {
  const check =
    row.check_id === null || row.outcome === null
      ? null
      : {
          id: row.check_id,
          meetingId,
          outcome: row.outcome,
          note: row.note,
          newDueDate: row.new_due_date,
          previousDueDate: row.previous_due_date,
          createdAt: row.check_created_at ?? '',
        };
  // Overdue as the meeting found it: a new due date set by this very check does not erase that.
  const reviewedDue = check?.newDueDate ? check.previousDueDate : row.due_date;
  return {
    actionItemId: row.id,
    title: row.title,
    owner: row.owner,
    status: row.status,
    dueDate: row.due_date,
    daysOverdue: reviewedDue === null ? 0 : Math.max(0, daysBetween(reviewedDue, meetingDay)),
    carryCount: row.carry_count,
    originMeetingId: row.meeting_id,
    originMeetingAt: row.origin_at,
    createdAt: row.created_at,
    check,
  };
}
