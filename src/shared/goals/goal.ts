import { z } from 'zod';
import type { ActionItem } from '../action-items/action-item';
import type { GoalPacing } from '../accountability/goal-pacing';
import { calendarDate, entityId, optionalText } from '../validation';

export const GOAL_KINDS = ['metric', 'milestone'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export const GOAL_UNITS = ['currency', 'count', 'percent'] as const;
export type GoalUnit = (typeof GOAL_UNITS)[number];
export const GOAL_STATUSES = ['active', 'closed'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What the goal form offers; any other metric name may be typed. */
export const GOAL_METRIC_SUGGESTIONS = [
  'Quota attained',
  'Calls made',
  'Meetings booked',
  'Pipeline created',
  'Win rate',
] as const;

export interface Goal {
  id: number;
  repId: number;
  title: string;
  kind: GoalKind;
  /** Metric goals only: what is measured, its unit, where it starts and where it should end. */
  metric: string | null;
  unit: GoalUnit | null;
  startValue: number | null;
  targetValue: number | null;
  /** Calendar days, yyyy-MM-dd. For a milestone, endDate is the day it is due by. */
  startDate: string;
  endDate: string;
  status: GoalStatus;
  /** Milestone goals only. */
  milestoneDone: boolean;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A goal with its latest check-in and the product rules' pacing (null for milestones). */
export interface GoalSummary extends Goal {
  latestValue: number | null;
  latestDate: string | null;
  checkInCount: number;
  pacing: GoalPacing | null;
}

export interface GoalCheckIn {
  id: number;
  goalId: number;
  /** The one-on-one it was recorded in, if any. */
  meetingId: number | null;
  date: string;
  value: number;
  note: string | null;
  createdAt: string;
}

export interface ChartPoint {
  date: string;
  value: number;
}

/** The progress chart: check-ins against the straight line from start to target. */
export interface GoalChart {
  checkIns: ChartPoint[];
  targetLine: [ChartPoint, ChartPoint];
  /** Where the straight line is today (null when today is outside the period). */
  expectedToday: ChartPoint | null;
}

export const FOLLOW_UP_OUTCOME_VALUES = ['done', 'partly_done', 'not_done', 'dropped'] as const;
export type CheckOutcome = (typeof FOLLOW_UP_OUTCOME_VALUES)[number];

/** A follow-up check of an action item, as the goal page and the timeline show it. */
export interface OutcomeRecord {
  followUpCheckId: number;
  meetingId: number;
  outcome: CheckOutcome;
  note: string | null;
  createdAt: string;
}

/** An action item linked to the goal, with every follow-up outcome recorded for it (oldest first). */
export interface LinkedCommitment extends ActionItem {
  outcomes: OutcomeRecord[];
}

export interface GoalDetail extends GoalSummary {
  checkIns: GoalCheckIn[];
  chart: GoalChart | null;
  commitments: LinkedCommitment[];
}

export const GOAL_TITLE_MAX = 200;

const title = z
  .string({ message: 'Title is required' })
  .trim()
  .min(1, 'Title is required')
  .max(GOAL_TITLE_MAX, `Title must be at most ${GOAL_TITLE_MAX} characters`);

const finite = (label: string) =>
  z.number({ message: `${label} must be a number` }).refine(Number.isFinite, `${label} must be a finite number`);

const metricFields = z.object({
  kind: z.literal('metric'),
  title,
  metric: z.string({ message: 'Metric is required' }).trim().min(1, 'Metric is required').max(80),
  unit: z.enum(GOAL_UNITS, { message: 'Unit must be currency, count or percent' }),
  startValue: finite('Start value'),
  targetValue: finite('Target value'),
  startDate: calendarDate('Start date'),
  endDate: calendarDate('End date'),
});

const milestoneFields = z.object({
  kind: z.literal('milestone'),
  title,
  /** Defaults to today in the service. */
  startDate: calendarDate('Start date').optional(),
  endDate: calendarDate('Due date'),
});

type FieldsCheck = { kind: GoalKind; startDate?: string; endDate: string; startValue?: number; targetValue?: number };

/** Rules that span fields; the same for create and edit. */
function checkGoalFields(fields: FieldsCheck, context: z.RefinementCtx): void {
  if (fields.startDate !== undefined && fields.endDate < fields.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' });
  }
  if (fields.kind === 'metric' && fields.startValue === fields.targetValue) {
    // Progress is (latest − start) / (target − start): there is no distance to pace.
    context.addIssue({ code: 'custom', path: ['targetValue'], message: 'The target must differ from the start value' });
  }
}

const repId = { repId: entityId('Rep id') };
const goalId = { id: entityId('Goal id') };

export const createGoalSchema = z
  .discriminatedUnion('kind', [metricFields.extend(repId), milestoneFields.extend(repId)], {
    message: 'Kind must be metric or milestone',
  })
  .superRefine(checkGoalFields);

export const updateGoalSchema = z
  .discriminatedUnion('kind', [metricFields.extend(goalId), milestoneFields.extend(goalId)], {
    message: 'Kind must be metric or milestone',
  })
  .superRefine(checkGoalFields);

export const goalIdSchema = z.object(goalId);

export const listGoalsSchema = z.object({
  repId: entityId('Rep id'),
  status: z.enum([...GOAL_STATUSES, 'all']).default('all'),
});

export const setMilestoneSchema = z.object({ ...goalId, done: z.boolean() });

const checkInFields = {
  date: calendarDate('Date'),
  value: finite('Value'),
  note: optionalText(1000, 'Note'),
};

export const addCheckInSchema = z.object({
  goalId: entityId('Goal id'),
  ...checkInFields,
  meetingId: entityId('Meeting id').nullish(),
});

export const updateCheckInSchema = z.object({ id: entityId('Check-in id'), ...checkInFields });

export const checkInIdSchema = z.object({ id: entityId('Check-in id') });
