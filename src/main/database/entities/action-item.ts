import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, integerColumn, oneOf, referenceColumn, textColumn } from './columns';
import { GoalEntity } from './goal';
import { MeetingEntity } from './meeting';
import { RepEntity } from './rep';

/** Managers are accountable too: an action item belongs to the rep or to the manager. */
export const ACTION_ITEM_OWNERS = ['rep', 'manager'] as const;
export type ActionItemOwner = (typeof ACTION_ITEM_OWNERS)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export interface ActionItemRow {
  id: number;
  repId: number;
  /** The one-on-one it was agreed in; survives that meeting's deletion as null. */
  meetingId: number | null;
  goalId: number | null;
  title: string;
  owner: ActionItemOwner;
  /** Calendar day, yyyy-MM-dd. */
  dueDate: string | null;
  status: ActionItemStatus;
  /** How many follow-ups found it partly done or not done. */
  carryCount: number;
  /** Calendar day (manager's time zone) it was done or dropped: the on-time rate compares this to dueDate. */
  completedOn: string | null;
  closedAt: string | null;
  /** Order within its meeting's list. */
  position: number;
  createdAt: string;
  updatedAt: string;
}

export const ActionItemEntity = new EntitySchema<ActionItemRow>({
  name: 'ActionItem',
  tableName: 'action_items',
  columns: {
    id: idColumn(),
    repId: referenceColumn('rep_id', RepEntity, 'CASCADE', 'FK_action_items_rep_id'),
    meetingId: referenceColumn('meeting_id', MeetingEntity, 'SET NULL', 'FK_action_items_meeting_id'),
    goalId: referenceColumn('goal_id', GoalEntity, 'SET NULL', 'FK_action_items_goal_id'),
    title: textColumn('title'),
    owner: textColumn('owner', { default: 'rep' }),
    dueDate: textColumn('due_date', { nullable: true }),
    status: textColumn('status', { default: 'open' }),
    carryCount: integerColumn('carry_count', { default: 0 }),
    completedOn: textColumn('completed_on', { nullable: true }),
    closedAt: instantColumn('closed_at', { nullable: true }),
    position: integerColumn('position', { default: 0 }),
    createdAt: instantColumn('created_at'),
    updatedAt: instantColumn('updated_at'),
  },
  checks: [
    { name: 'CHK_action_items_owner', expression: oneOf('owner', ACTION_ITEM_OWNERS) },
    { name: 'CHK_action_items_status', expression: oneOf('status', ACTION_ITEM_STATUSES) },
  ],
  indices: [
    // Open items of a rep: the follow-up list of their next one-on-one.
    { name: 'IDX_action_items_rep_id_status', columns: ['repId', 'status'] },
    { name: 'IDX_action_items_meeting_id', columns: ['meetingId'] },
    // Overdue commitments across the team.
    { name: 'IDX_action_items_status_due_date', columns: ['status', 'dueDate'] },
    { name: 'IDX_action_items_goal_id', columns: ['goalId'] },
  ],
});
