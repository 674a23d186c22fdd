import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, oneOf, referenceColumn, textColumn } from './columns';
import { MeetingEntity } from './meeting';
import { RepEntity } from './rep';

export const TALKING_POINT_STATUSES = ['queued', 'discussed'] as const;
export type TalkingPointStatus = (typeof TALKING_POINT_STATUSES)[number];

/** Something to raise with a rep, queued between meetings; it lands in the next agenda. */
export interface TalkingPointRow {
  id: number;
  repId: number;
  text: string;
  status: TalkingPointStatus;
  discussedInMeetingId: number | null;
  createdAt: string;
  discussedAt: string | null;
}

export const TalkingPointEntity = new EntitySchema<TalkingPointRow>({
  name: 'TalkingPoint',
  tableName: 'talking_points',
  columns: {
    id: idColumn(),
    repId: referenceColumn('rep_id', RepEntity, 'CASCADE', 'FK_talking_points_rep_id'),
    text: textColumn('text'),
    status: textColumn('status', { default: 'queued' }),
    discussedInMeetingId: referenceColumn(
      'discussed_in_meeting_id',
      MeetingEntity,
      'SET NULL',
      'FK_talking_points_discussed_in_meeting_id',
    ),
    createdAt: instantColumn('created_at'),
    discussedAt: instantColumn('discussed_at', { nullable: true }),
  },
  checks: [{ name: 'CHK_talking_points_status', expression: oneOf('status', TALKING_POINT_STATUSES) }],
  indices: [{ name: 'IDX_talking_points_rep_id_status', columns: ['repId', 'status'] }],
});
