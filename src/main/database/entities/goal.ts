import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, integerColumn, oneOf, realColumn, referenceColumn, textColumn } from './columns';
import { RepEntity } from './rep';

export const GOAL_KINDS = ['metric', 'milestone'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const GOAL_UNITS = ['currency', 'count', 'percent'] as const;
export type GoalUnit = (typeof GOAL_UNITS)[number];

export const GOAL_STATUSES = ['active', 'closed'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface GoalRow {
  id: number;
  repId: number;
  title: string;
  kind: GoalKind;
  /** What a metric goal measures (quota attained, calls, meetings booked, …). */
  metric: string | null;
  unit: GoalUnit | null;
  startValue: number | null;
  targetValue: number | null;
  /** Calendar days, yyyy-MM-dd. */
  startDate: string;
  endDate: string;
  status: GoalStatus;
  /** 0 or 1: SQLite has no boolean type. */
  milestoneDone: number;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const GoalEntity = new EntitySchema<GoalRow>({
  name: 'Goal',
  tableName: 'goals',
  columns: {
    id: idColumn(),
    repId: referenceColumn('rep_id', RepEntity, 'CASCADE', 'FK_goals_rep_id'),
    title: textColumn('title'),
    kind: textColumn('kind'),
    metric: textColumn('metric', { nullable: true }),
    unit: textColumn('unit', { nullable: true }),
    startValue: realColumn('start_value', { nullable: true }),
    targetValue: realColumn('target_value', { nullable: true }),
    startDate: textColumn('start_date'),
    endDate: textColumn('end_date'),
    status: textColumn('status', { default: 'active' }),
    milestoneDone: integerColumn('milestone_done', { default: 0 }),
    closedAt: instantColumn('closed_at', { nullable: true }),
    createdAt: instantColumn('created_at'),
    updatedAt: instantColumn('updated_at'),
  },
  checks: [
    { name: 'CHK_goals_kind', expression: oneOf('kind', GOAL_KINDS) },
    { name: 'CHK_goals_unit', expression: oneOf('unit', GOAL_UNITS) },
    { name: 'CHK_goals_status', expression: oneOf('status', GOAL_STATUSES) },
  ],
  indices: [{ name: 'IDX_goals_rep_id_status', columns: ['repId', 'status'] }],
});
