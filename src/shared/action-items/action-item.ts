import { z } from 'zod';
import { calendarDate, entityId } from '../validation';

export const ACTION_ITEM_OWNERS = ['rep', 'manager'] as const;
export type ActionItemOwner = (typeof ACTION_ITEM_OWNERS)[number];
export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_TITLE_MAX = 500;

export interface ActionItem {
  id: number;
  repId: number;
  /** The one-on-one it was agreed in; null when created from a form outside a meeting. */
  meetingId: number | null;
  goalId: number | null;
  title: string;
  owner: ActionItemOwner;
  /** Calendar day, yyyy-MM-dd. */
  dueDate: string | null;
  status: ActionItemStatus;
  carryCount: number;
  /** Calendar day it was done or dropped. */
  completedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of the action-item lists (per rep and across reps). */
export interface ActionItemListItem extends ActionItem {
  repName: string;
  /** When the one-on-one it came from was scheduled. */
  meetingScheduledAt: string | null;
}

const title = z
  .string({ message: 'Title is required' })
  .trim()
  .min(1, 'Title is required')
  .max(ACTION_ITEM_TITLE_MAX, `Title must be at most ${ACTION_ITEM_TITLE_MAX} characters`);

export const listActionItemsSchema = z.object({
  repId: entityId('Rep id').optional(),
  status: z.enum([...ACTION_ITEM_STATUSES, 'all']).default('open'),
  owner: z.enum([...ACTION_ITEM_OWNERS, 'all']).default('all'),
  /** Only open items whose due date is before today. */
  overdueOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(5000).default(500),
});

export const createActionItemSchema = z.object({
  repId: entityId('Rep id'),
  meetingId: entityId('Meeting id').nullish(),
  title,
  owner: z.enum(ACTION_ITEM_OWNERS, { message: 'Owner must be the rep or the manager' }).default('rep'),
  dueDate: calendarDate('Due date').nullish(),
  /** A commitment made for one of the rep's goals (from the goal page). */
  goalId: entityId('Goal id').nullish(),
});

export const updateActionItemSchema = z.object({
  id: entityId('Action item id'),
  title: title.optional(),
  owner: z.enum(ACTION_ITEM_OWNERS, { message: 'Owner must be the rep or the manager' }).optional(),
  dueDate: calendarDate('Due date').nullable().optional(),
  status: z.enum(ACTION_ITEM_STATUSES, { message: 'Status must be open, done or dropped' }).optional(),
});

export const linkGoalSchema = z.object({
  id: entityId('Action item id'),
  /** null unlinks. */
  goalId: entityId('Goal id').nullable(),
});
