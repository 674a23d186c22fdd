import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, realColumn, referenceColumn, textColumn } from './columns';
import { GoalEntity } from './goal';
import { MeetingEntity } from './meeting';

/** The value of a goal's metric on a day, often recorded during a one-on-one. */
export interface GoalCheckInRow {
  id: number;
  goalId: number;
  meetingId: number | null;
  /** Calendar day, yyyy-MM-dd. */
  date: string;
  value: number;
  note: string | null;
  createdAt: string;
}

export const GoalCheckInEntity = new EntitySchema<GoalCheckInRow>({
  name: 'GoalCheckIn',
  tableName: 'goal_check_ins',
  columns: {
    id: idColumn(),
    goalId: referenceColumn('goal_id', GoalEntity, 'CASCADE', 'FK_goal_check_ins_goal_id'),
    meetingId: referenceColumn('meeting_id', MeetingEntity, 'SET NULL', 'FK_goal_check_ins_meeting_id'),
    date: textColumn('date'),
    value: realColumn('value'),
    note: textColumn('note', { nullable: true }),
    createdAt: instantColumn('created_at'),
  },
  // Latest value per goal: pacing reads the newest check-in.
  indices: [{ name: 'IDX_goal_check_ins_goal_id_date', columns: ['goalId', 'date'] }],
});
