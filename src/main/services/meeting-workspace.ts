import type { DataSource } from 'typeorm';
import type { ActionItem } from '@shared/action-items/action-item';
import type { MeetingStatus, MeetingWorkspace } from '@shared/meetings/meeting';
import { refreshTaskItems } from '@shared/notes/task-items';
import { notFound } from '../errors';
import { toActionItem, type ActionItemSqlRow } from './action-item-rows';
import { MEETING_ACTION_ITEMS_SQL, parseAgenda, parseDoc } from './meeting-rows';
import { toRep, type RepSqlRow } from './reps';
import { SqlReader } from './sql';
import { toTalkingPoint, type TalkingPointSqlRow } from './talking-point-rows';

interface WorkspaceMeetingRow {
  id: number;
  rep_id: number;
  scheduled_at: string;
  duration_minutes: number;
  status: MeetingStatus;
  held_at: string | null;
  cancelled_at: string | null;
  agenda: string;
  shared_notes_json: string | null;
  private_notes_json: string | null;
  notes_revision: number;
}

const WORKSPACE_MEETING_SQL = `
  SELECT id, rep_id, scheduled_at, duration_minutes, status, held_at, cancelled_at, agenda,
    shared_notes_json, private_notes_json, notes_revision
  FROM meetings WHERE id = ?`;

// The rep's queued points belong in every one-on-one until discussed, so they carry forward and
// survive a reschedule; the ones ticked in this meeting stay with it.
const WORKSPACE_TALKING_POINTS_SQL = `
  SELECT * FROM talking_points
  WHERE rep_id = @repId AND (status = 'queued' OR discussed_in_meeting_id = @meetingId)
  ORDER BY created_at, id`;

export type MeetingWorkspaceService = ReturnType<typeof createMeetingWorkspaceService>;

/** Everything the one-on-one screen shows, read in one go. */
export function createMeetingWorkspaceService(dataSource: DataSource) {
  const sql = SqlReader.from(dataSource);

  return {
    open(id: number): MeetingWorkspace {
      const meeting = sql.get<WorkspaceMeetingRow>(WORKSPACE_MEETING_SQL, [id]);
      if (!meeting) throw notFound('one-on-one', id);
      const repRow = sql.get<RepSqlRow>('SELECT * FROM reps WHERE id = ?', [meeting.rep_id]);
      if (!repRow) throw notFound('rep', meeting.rep_id);
      const rep = toRep(repRow);
      const allItems = sql.all<ActionItemSqlRow>(MEETING_ACTION_ITEMS_SQL, [id]).map(toActionItem);
      const actionItems: ActionItem[] = allItems.filter((item) => item.status !== 'dropped');
      const talkingPoints = sql
        .all<TalkingPointSqlRow>(WORKSPACE_TALKING_POINTS_SQL, { repId: meeting.rep_id, meetingId: id })
        .map(toTalkingPoint);
      return {
        meeting: {
          id: meeting.id,
          repId: meeting.rep_id,
          repName: rep.name,
          scheduledAt: meeting.scheduled_at,
          durationMinutes: meeting.duration_minutes,
          status: meeting.status,
          heldAt: meeting.held_at,
          cancelledAt: meeting.cancelled_at,
          actionItemCount: actionItems.length,
        },
        rep,
        agenda: parseAgenda(meeting.agenda),
        // Edits made from the action-item lists since the last save show here.
        sharedNotes: refreshTaskItems(parseDoc(meeting.shared_notes_json), allItems),
        privateNotes: parseDoc(meeting.private_notes_json),
        notesRevision: meeting.notes_revision,
        actionItems,
        talkingPoints,
      };
    },
  };
}
