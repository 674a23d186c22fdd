import type { MeetingCancellation } from '@shared/meetings/meeting';
import {
  movedClosingDay,
  reverseOutcome,
  type FollowedUpState,
  type RecordedOutcome,
} from '@shared/follow-ups/follow-up-rules';
import { DomainError } from '../errors';
import { dayOfInstant } from './follow-up-rows';
import type { SqlReader } from './sql';

/** A follow-up check recorded in the meeting, with the item it changed as it is now. */
interface RecordedCheckRow {
  check_id: number;
  outcome: RecordedOutcome['outcome'];
  new_due_date: string | null;
  previous_due_date: string | null;
  recorded_at: string;
  item_id: number;
  status: FollowedUpState['status'];
  due_date: string | null;
  carry_count: number;
  completed_on: string | null;
}

interface CountsRow {
  follow_ups: number;
  skill_ratings: number;
  talking_points: number;
  action_items: number;
  goal_check_ins: number;
}

const RECORDED_CHECKS_SQL = `
  SELECT c.id AS check_id, c.outcome, c.new_due_date, c.previous_due_date, c.created_at AS recorded_at,
    a.id AS item_id, a.status, a.due_date, a.carry_count, a.completed_on
  FROM follow_up_checks c JOIN action_items a ON a.id = c.action_item_id
  WHERE c.meeting_id = ?`;

// Dropped items are a decision to let go, not something agreed (as in the meeting summary's count).
const COUNTS_SQL = `SELECT
  (SELECT count(*) FROM follow_up_checks WHERE meeting_id = @id) AS follow_ups,
  (SELECT count(*) FROM skill_ratings WHERE meeting_id = @id) AS skill_ratings,
  (SELECT count(*) FROM talking_points WHERE discussed_in_meeting_id = @id) AS talking_points,
  (SELECT count(*) FROM action_items WHERE meeting_id = @id AND status <> 'dropped') AS action_items,
  (SELECT count(*) FROM goal_check_ins WHERE meeting_id = @id) AS goal_check_ins`;

// A check at a later one-on-one built on this one's outcome (the carry count, the due date it found).
const LATER_CHECK_SQL = `
  SELECT a.title, later.scheduled_at FROM follow_up_checks c
  JOIN meetings this ON this.id = c.meeting_id
  JOIN follow_up_checks l ON l.action_item_id = c.action_item_id AND l.meeting_id <> c.meeting_id
  JOIN meetings later ON later.id = l.meeting_id
  JOIN action_items a ON a.id = c.action_item_id
  WHERE c.meeting_id = ? AND later.scheduled_at > this.scheduled_at
  ORDER BY later.scheduled_at LIMIT 1`;

const SET_ITEM_SQL = `UPDATE action_items SET status = @status, due_date = @dueDate, carry_count = @carryCount,
  completed_on = @completedOn, closed_at = CASE WHEN @reopened = 1 THEN NULL ELSE closed_at END, updated_at = @now
  WHERE id = @id`;

const stateOf = (row: RecordedCheckRow): FollowedUpState => ({
  status: row.status,
  dueDate: row.due_date,
  carryCount: row.carry_count,
  completedOn: row.completed_on,
});

/**
 * What a one-on-one recorded as having happened in it — follow-up outcomes, skill ratings,
 * talking points ticked as discussed — when the meeting moves or is cancelled. A cancelled
 * one-on-one never happened, so cancelling undoes those; what was typed or measured stays: its
 * notes and the action items in them (commitments made, followed up at the next one-on-one) and
 * goal check-ins (a value on a day is true whichever meeting it was typed in). Every method runs
 * inside the caller's transaction.
 */
export function meetingOutcomes(sql: SqlReader) {
  const checksOf = (meetingId: number) => sql.all<RecordedCheckRow>(RECORDED_CHECKS_SQL, [meetingId]);

  const blockedBy = (meetingId: number): string | null => {
    const later = sql.get<{ title: string; scheduled_at: string }>(LATER_CHECK_SQL, [meetingId]);
    if (!later) return null;
    return `“${later.title}” was followed up again in the one-on-one on ${dayOfInstant(later.scheduled_at)}, after this one. Undo that follow-up first, then cancel this one-on-one.`;
  };

  return {
    /** What cancelling would undo and keep; the confirmation says it before the manager decides. */
    cancellation(meetingId: number): MeetingCancellation {
      const counts = sql.get<CountsRow>(COUNTS_SQL, { id: meetingId });
      return {
        meetingId,
        followUps: counts?.follow_ups ?? 0,
        skillRatings: counts?.skill_ratings ?? 0,
        talkingPointsDiscussed: counts?.talking_points ?? 0,
        actionItems: counts?.action_items ?? 0,
        goalCheckIns: counts?.goal_check_ins ?? 0,
        blockedBy: blockedBy(meetingId),
      };
    },

    /** Reverses every follow-up of the meeting (the items exactly as before), drops its ratings, requeues its points. */
    undoForCancel(meetingId: number, now: string): void {
      const refusal = blockedBy(meetingId);
      if (refusal) throw new DomainError('conflict', refusal);
      for (const row of checksOf(meetingId)) {
        const restored = reverseOutcome(stateOf(row), {
          outcome: row.outcome,
          newDueDate: row.new_due_date,
          previousDueDate: row.previous_due_date,
        });
        sql.run(SET_ITEM_SQL, {
          ...restored,
          reopened: restored.status !== row.status ? 1 : 0,
          now,
          id: row.item_id,
        });
      }
      sql.run('DELETE FROM follow_up_checks WHERE meeting_id = ?', [meetingId]);
      sql.run('DELETE FROM skill_ratings WHERE meeting_id = ?', [meetingId]);
      sql.run(
        `UPDATE talking_points SET status = 'queued', discussed_in_meeting_id = NULL, discussed_at = NULL
         WHERE discussed_in_meeting_id = ?`,
        [meetingId],
      );
    },

    /** Keeps each done day its check set on the meeting's day or the day it was recorded, whichever came first. */
    moveClosingDays(meetingId: number, fromAt: string, toAt: string, now: string): void {
      const fromDay = dayOfInstant(fromAt);
      const toDay = dayOfInstant(toAt);
      for (const row of checksOf(meetingId)) {
        const moved = movedClosingDay(stateOf(row), row.outcome, dayOfInstant(row.recorded_at), fromDay, toDay);
        if (moved === null || moved === row.completed_on) continue;
        sql.run('UPDATE action_items SET completed_on = ?, updated_at = ? WHERE id = ?', [moved, now, row.item_id]);
      }
    },
  };
}
