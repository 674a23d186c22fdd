import type { TalkingPoint } from '@shared/agenda/agenda';

export interface TalkingPointSqlRow {
  id: number;
  rep_id: number;
  text: string;
  status: TalkingPoint['status'];
  discussed_in_meeting_id: number | null;
  created_at: string;
  discussed_at: string | null;
}

export const toTalkingPoint = (row: TalkingPointSqlRow): TalkingPoint => ({
  id: row.id,
  repId: row.rep_id,
  text: row.text,
  status: row.status,
  discussedInMeetingId: row.discussed_in_meeting_id,
  createdAt: row.created_at,
  discussedAt: row.discussed_at,
});
