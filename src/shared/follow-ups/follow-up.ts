import { z } from 'zod';
import { calendarDate, entityId, optionalText } from '../validation';

/** The product rules' outcomes of a follow-up check. */
export const FOLLOW_UP_OUTCOMES = ['done', 'partly_done', 'not_done', 'dropped'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  done: 'Done',
  partly_done: 'Partly done',
  not_done: 'Not done',
  dropped: 'Dropped',
};

/** Partly / not done keep the item open and carry it to the next one-on-one. */
export const isCarryOutcome = (outcome: FollowUpOutcome): boolean =>
  outcome === 'partly_done' || outcome === 'not_done';

export const FOLLOW_UP_NOTE_MAX = 1000;

export interface FollowUpCheck {
  id: number;
  meetingId: number;
  outcome: FollowUpOutcome;
  note: string | null;
  /** The due date this check set, and the one it replaced (restored on undo). */
  newDueDate: string | null;
  previousDueDate: string | null;
  createdAt: string;
}

/** An open commitment from an earlier one-on-one, up for follow-up in this one. */
export interface FollowUpPanelItem {
  actionItemId: number;
  title: string;
  owner: 'rep' | 'manager';
  /** Open, or closed by this meeting's own check (so it can be changed or undone here). */
  status: 'open' | 'done' | 'dropped';
  /** The item's current due date (a new one set by this meeting's check shows here). */
  dueDate: string | null;
  /**
   * Days past due on the meeting's day, counted from the due date the item had when this
   * meeting reviewed it; 0 when not overdue or without a due date.
   */
  daysOverdue: number;
  /** How many follow-ups so far found it partly or not done, this meeting's included. */
  carryCount: number;
  originMeetingId: number | null;
  /** When the one-on-one it was agreed in was scheduled; null for items from a form. */
  originMeetingAt: string | null;
  createdAt: string;
  /** This meeting's check, once recorded. */
  check: FollowUpCheck | null;
}

export interface FollowUpPanel {
  meetingId: number;
  repId: number;
  repName: string;
  meetingScheduledAt: string;
  /** The meeting's calendar day in the manager's time zone: "done" closes items on this day. */
  meetingDay: string;
  meetingStatus: 'scheduled' | 'held' | 'cancelled';
  /** Oldest first. */
  items: FollowUpPanelItem[];
}

export const followUpPanelSchema = z.object({ meetingId: entityId('Meeting id') });

export const recordFollowUpSchema = z
  .object({
    meetingId: entityId('Meeting id'),
    actionItemId: entityId('Action item id'),
    outcome: z.enum(FOLLOW_UP_OUTCOMES, { message: 'Outcome must be done, partly done, not done or dropped' }),
    note: optionalText(FOLLOW_UP_NOTE_MAX, 'Note'),
    newDueDate: calendarDate('New due date')
      .nullish()
      .transform((value) => value ?? null),
  })
  .refine((input) => input.newDueDate === null || isCarryOutcome(input.outcome), {
    message: 'A new due date goes only with partly done or not done',
    path: ['newDueDate'],
  });

export const undoFollowUpSchema = z.object({
  meetingId: entityId('Meeting id'),
  actionItemId: entityId('Action item id'),
});
