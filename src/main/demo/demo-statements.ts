import type { Database, Statement } from 'better-sqlite3';

type DemoStatementName =
  | 'insertMeeting'
  | 'updateNotes'
  | 'insertActionItem'
  | 'closeActionItem'
  | 'carryActionItem'
  | 'insertCheck'
  | 'insertGoal'
  | 'insertCheckIn'
  | 'insertRating'
  | 'insertTalkingPoint';

export type DemoStatements = Record<DemoStatementName, Statement>;

/** The prepared inserts the demo seeder runs tens of thousands of times. */
export function createDemoStatements(db: Database): Record<DemoStatementName, Statement> {
  const prepare = (sql: string): Statement => db.prepare(sql);
  return {
    insertMeeting:
      prepare(`INSERT INTO meetings (rep_id, scheduled_at, duration_minutes, status, agenda, shared_notes_text, private_notes_text, notes_revision, held_at, cancelled_at, created_at, updated_at)
      VALUES (@rep_id, @scheduled_at, 30, @status, '[]', '', '', 0, @held_at, @cancelled_at, @created_at, @created_at)`),
    updateNotes: prepare(`UPDATE meetings SET shared_notes_json = @shared_json, shared_notes_text = @shared_text,
      private_notes_json = @private_json, private_notes_text = @private_text, notes_revision = 1 WHERE id = @id`),
    insertActionItem:
      prepare(`INSERT INTO action_items (rep_id, meeting_id, title, owner, due_date, status, carry_count, position, created_at, updated_at)
      VALUES (@rep_id, @meeting_id, @title, @owner, @due_date, 'open', 0, @position, @created_at, @created_at)`),
    closeActionItem: prepare(
      `UPDATE action_items SET status = @status, completed_on = @completed_on, closed_at = @closed_at, updated_at = @closed_at WHERE id = @id`,
    ),
    carryActionItem: prepare(
      `UPDATE action_items SET carry_count = carry_count + 1, due_date = coalesce(@due_date, due_date), updated_at = @updated_at WHERE id = @id`,
    ),
    insertCheck:
      prepare(`INSERT INTO follow_up_checks (action_item_id, meeting_id, outcome, note, new_due_date, previous_due_date, created_at)
      VALUES (@action_item_id, @meeting_id, @outcome, @note, @new_due_date, @previous_due_date, @created_at)`),
    insertGoal:
      prepare(`INSERT INTO goals (rep_id, title, kind, metric, unit, start_value, target_value, start_date, end_date, status, milestone_done, closed_at, created_at, updated_at)
      VALUES (@rep_id, @title, @kind, @metric, @unit, @start_value, @target_value, @start_date, @end_date, @status, 0, @closed_at, @created_at, @created_at)`),
    insertCheckIn: prepare(
      `INSERT INTO goal_check_ins (goal_id, date, value, note, created_at) VALUES (@goal_id, @date, @value, @note, @created_at)`,
    ),
    insertRating: prepare(
      `INSERT INTO skill_ratings (skill_id, meeting_id, rep_id, rating, note, created_at) VALUES (@skill_id, @meeting_id, @rep_id, @rating, @note, @created_at)`,
    ),
    insertTalkingPoint:
      prepare(`INSERT INTO talking_points (rep_id, text, status, discussed_in_meeting_id, created_at, discussed_at)
      VALUES (@rep_id, @text, @status, @meeting_id, @created_at, @discussed_at)`),
  };
}
