import type { CheckOutcome, Goal } from '@shared/goals/goal';
import type { MeetingStatus } from '@shared/meetings/meeting';
import type { TimelineEntry, TimelineKind } from '@shared/timeline/timeline';
import { excerptWords } from '@shared/brief/excerpt';
import type { SqlReader } from './sql';

/** Words of the shared notes a timeline row shows; the entry opened in full has the rest. */
const ROW_EXCERPT_WORDS = 30;

/*
 * A check-in has a day, not a time. Noon UTC is the same calendar day in every time zone from
 * UTC−11 to UTC+11, and unlike local noon it does not move with daylight saving, so a cursor
 * taken before a clock change still points at the same place.
 */
export const CHECK_IN_TIMESTAMP = `i.date || 'T12:00:00.000Z'`;

const IDS = 'IN (SELECT value FROM json_each(@ids))';

const DETAIL_SQL: Record<TimelineKind, string> = {
  meeting: `SELECT m.id, m.scheduled_at AS ts, m.status, substr(m.shared_notes_text, 1, 600) AS excerpt,
      length(m.private_notes_text) > 0 AS has_private,
      (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status <> 'dropped') AS action_item_count
    FROM meetings m WHERE m.id ${IDS}`,
  follow_up: `SELECT f.id, m.scheduled_at AS ts, f.meeting_id, f.action_item_id, a.title, f.outcome, f.note, f.new_due_date
    FROM follow_up_checks f JOIN meetings m ON m.id = f.meeting_id JOIN action_items a ON a.id = f.action_item_id
    WHERE f.id ${IDS}`,
  check_in: `SELECT i.id, ${CHECK_IN_TIMESTAMP} AS ts, i.meeting_id, i.goal_id, g.title, i.date, i.value, g.unit, i.note
    FROM goal_check_ins i JOIN goals g ON g.id = i.goal_id WHERE i.id ${IDS}`,
  rating: `SELECT s.id, m.scheduled_at AS ts, s.meeting_id, s.skill_id, k.name, s.rating, s.note
    FROM skill_ratings s JOIN meetings m ON m.id = s.meeting_id JOIN skills k ON k.id = s.skill_id
    WHERE s.id ${IDS}`,
};

interface MeetingDetailRow {
  id: number;
  ts: string;
  status: MeetingStatus;
  excerpt: string;
  has_private: number;
  action_item_count: number;
}
interface FollowUpDetailRow {
  id: number;
  ts: string;
  meeting_id: number;
  action_item_id: number;
  title: string;
  outcome: CheckOutcome;
  note: string | null;
  new_due_date: string | null;
}
interface CheckInDetailRow {
  id: number;
  ts: string;
  meeting_id: number | null;
  goal_id: number;
  title: string;
  date: string;
  value: number;
  unit: Goal['unit'];
  note: string | null;
}
interface RatingDetailRow {
  id: number;
  ts: string;
  meeting_id: number;
  skill_id: number;
  name: string;
  rating: number;
  note: string | null;
}

/** The list rows of entries of one kind, by id (an id that does not exist is simply absent). */
export function loadEntries(sql: SqlReader, kind: TimelineKind, ids: readonly number[]): Map<number, TimelineEntry> {
  const entries = new Map<number, TimelineEntry>();
  if (ids.length === 0) return entries;
  const params = { ids: JSON.stringify(ids) };
  switch (kind) {
    case 'meeting':
      for (const row of sql.all<MeetingDetailRow>(DETAIL_SQL.meeting, params)) {
        entries.set(row.id, {
          kind,
          id: row.id,
          timestamp: row.ts,
          meetingId: row.id,
          status: row.status,
          excerpt: excerptWords(row.excerpt, ROW_EXCERPT_WORDS).excerpt,
          hasPrivateNotes: row.has_private === 1,
          actionItemCount: row.action_item_count,
        });
      }
      break;
    case 'follow_up':
      for (const row of sql.all<FollowUpDetailRow>(DETAIL_SQL.follow_up, params)) {
        entries.set(row.id, {
          kind,
          id: row.id,
          timestamp: row.ts,
          meetingId: row.meeting_id,
          actionItemId: row.action_item_id,
          actionItemTitle: row.title,
          outcome: row.outcome,
          note: row.note,
          newDueDate: row.new_due_date,
        });
      }
      break;
    case 'check_in':
      for (const row of sql.all<CheckInDetailRow>(DETAIL_SQL.check_in, params)) {
        entries.set(row.id, {
          kind,
          id: row.id,
          timestamp: row.ts,
          meetingId: row.meeting_id,
          goalId: row.goal_id,
          goalTitle: row.title,
          date: row.date,
          value: row.value,
          unit: row.unit,
          note: row.note,
        });
      }
      break;
    case 'rating':
      for (const row of sql.all<RatingDetailRow>(DETAIL_SQL.rating, params)) {
        entries.set(row.id, {
          kind,
          id: row.id,
          timestamp: row.ts,
          meetingId: row.meeting_id,
          skillId: row.skill_id,
          skillName: row.name,
          rating: row.rating,
          note: row.note,
        });
      }
      break;
  }
  return entries;
}
