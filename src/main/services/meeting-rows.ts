import type { AgendaItem } from '@shared/agenda/agenda';
import type { MeetingStatus, MeetingSummary } from '@shared/meetings/meeting';
import { emptyDoc, type TiptapDoc } from '@shared/notes/tiptap-json';
import { ACTION_ITEM_COLUMNS } from './action-item-rows';

export interface MeetingSummaryRow {
  id: number;
  rep_id: number;
  rep_name: string;
  scheduled_at: string;
  duration_minutes: number;
  status: MeetingStatus;
  held_at: string | null;
  cancelled_at: string | null;
  action_item_count: number;
}

/** Dropped items are a decision to let go, not something agreed: they are not counted. */
export const MEETING_SUMMARY_SELECT = `
  SELECT m.id, m.rep_id, r.name AS rep_name, m.scheduled_at, m.duration_minutes, m.status, m.held_at, m.cancelled_at,
    (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status <> 'dropped') AS action_item_count
  FROM meetings m JOIN reps r ON r.id = m.rep_id`;

export const toMeetingSummary = (row: MeetingSummaryRow): MeetingSummary => ({
  id: row.id,
  repId: row.rep_id,
  repName: row.rep_name,
  scheduledAt: row.scheduled_at,
  durationMinutes: row.duration_minutes,
  status: row.status,
  heldAt: row.held_at,
  cancelledAt: row.cancelled_at,
  actionItemCount: row.action_item_count,
});

/** The agenda column is written only by Coachbook, as JSON of AgendaItem[]. */
export const parseAgenda = (json: string): AgendaItem[] => JSON.parse(json) as AgendaItem[];

/** A notes column: null until the first save, which the editor shows as an empty document. */
export const parseDoc = (json: string | null): TiptapDoc => (json ? (JSON.parse(json) as TiptapDoc) : emptyDoc());

/** A meeting's action items in note order: a save stores each item's place among the task items. */
export const MEETING_ACTION_ITEMS_SQL = `SELECT ${ACTION_ITEM_COLUMNS} FROM action_items a WHERE a.meeting_id = ? ORDER BY a.position, a.id`;
