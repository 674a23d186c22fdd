import { EntitySchema } from 'typeorm';
import { ActionItemEntity } from './action-item';
import { idColumn, instantColumn, oneOf, referenceColumn, textColumn } from './columns';
import { MeetingEntity } from './meeting';

export const FOLLOW_UP_OUTCOMES = ['done', 'partly_done', 'not_done', 'dropped'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** The accountability record: an open action item reviewed at a later one-on-one. */
export interface FollowUpCheckRow {
  id: number;
  actionItemId: number;
  meetingId: number;
  outcome: FollowUpOutcome;
  note: string | null;
  /** Calendar days, yyyy-MM-dd: the due date this check set, and the one it replaced (to undo it). */
  newDueDate: string | null;
  previousDueDate: string | null;
  createdAt: string;
}

export const FollowUpCheckEntity = new EntitySchema<FollowUpCheckRow>({
  name: 'FollowUpCheck',
  tableName: 'follow_up_checks',
  columns: {
    id: idColumn(),
    actionItemId: referenceColumn('action_item_id', ActionItemEntity, 'CASCADE', 'FK_follow_up_checks_action_item_id'),
    meetingId: referenceColumn('meeting_id', MeetingEntity, 'CASCADE', 'FK_follow_up_checks_meeting_id'),
    outcome: textColumn('outcome'),
    note: textColumn('note', { nullable: true }),
    newDueDate: textColumn('new_due_date', { nullable: true }),
    previousDueDate: textColumn('previous_due_date', { nullable: true }),
    createdAt: instantColumn('created_at'),
  },
  checks: [{ name: 'CHK_follow_up_checks_outcome', expression: oneOf('outcome', FOLLOW_UP_OUTCOMES) }],
  // One outcome per item per meeting; recording it again replaces it.
  uniques: [{ name: 'UQ_follow_up_checks_action_item_id_meeting_id', columns: ['actionItemId', 'meetingId'] }],
  indices: [{ name: 'IDX_follow_up_checks_meeting_id', columns: ['meetingId'] }],
});
