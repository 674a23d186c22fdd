import { z } from 'zod';
import type { ActionItemStatus } from '../action-items/action-item';
import type { GoalStatus } from '../goals/goal';
import { calendarDate, entityId } from '../validation';
import type { TextSegment } from './highlight';

export const SEARCH_TEXT_MAX = 500;
export const SEARCH_LIMIT_MAX = 100;

export const searchQuerySchema = z
  .object({
    text: z
      .string({ message: 'Search text must be text' })
      .max(SEARCH_TEXT_MAX, `Search text must be at most ${SEARCH_TEXT_MAX} characters`),
    repId: entityId('Rep id').nullish(),
    /** Calendar days, both included: one-on-ones by date, action items by the day they were agreed, goals by overlapping periods. */
    from: calendarDate('From').nullish(),
    to: calendarDate('To').nullish(),
    limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'The range must end on or after its start',
    path: ['to'],
  });

interface HitBase {
  repId: number;
  repName: string;
  snippet: TextSegment[];
  /** Private notes are the manager's alone: the UI marks these results. */
  private: boolean;
}

export interface NotesHit extends HitBase {
  kind: 'notes';
  meetingId: number;
  /** When the one-on-one was scheduled (ISO instant). */
  scheduledAt: string;
}

export interface ActionItemHit extends HitBase {
  kind: 'action_item';
  actionItemId: number;
  meetingId: number | null;
  status: ActionItemStatus;
  dueDate: string | null;
}

export interface GoalHit extends HitBase {
  kind: 'goal';
  goalId: number;
  status: GoalStatus;
  endDate: string;
}

export interface RepHit extends HitBase {
  kind: 'rep';
}

export type SearchHit = NotesHit | ActionItemHit | GoalHit | RepHit;
export type SearchHitKind = SearchHit['kind'];
