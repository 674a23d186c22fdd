import { z } from 'zod';
import type { ActionItem } from '../action-items/action-item';
import type { CheckOutcome, Goal, GoalCheckIn } from '../goals/goal';
import type { MeetingStatus, MeetingSummary } from '../meetings/meeting';
import type { TiptapDoc } from '../notes/tiptap-json';
import type { SkillRating } from '../skills/skill';
import { calendarDate, entityId } from '../validation';

export const TIMELINE_KINDS = ['meeting', 'follow_up', 'check_in', 'rating'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_PAGE_DEFAULT = 50;
export const TIMELINE_PAGE_MAX = 200;

/**
 * Where a page ends: the last entry's (timestamp, kind, id). The next page starts strictly after
 * it, so entries added meanwhile never shift or repeat what was already shown.
 */
export const timelineCursorSchema = z.object({
  timestamp: z.string().min(1).max(40),
  kind: z.enum(TIMELINE_KINDS),
  id: entityId('Entry id'),
});
export type TimelineCursor = z.infer<typeof timelineCursorSchema>;

export const timelinePageSchema = z
  .object({
    repId: entityId('Rep id'),
    /** Omitted: every kind. */
    kinds: z
      .array(z.enum(TIMELINE_KINDS, { message: 'Unknown timeline kind' }))
      .min(1)
      .max(4)
      .optional(),
    from: calendarDate('From').nullish(),
    to: calendarDate('To').nullish(),
    after: timelineCursorSchema.nullish(),
    pageSize: z.number().int().min(1).max(TIMELINE_PAGE_MAX).default(TIMELINE_PAGE_DEFAULT),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'The range must end on or after its start',
    path: ['to'],
  });

export const timelineEntryRefSchema = z.object({ kind: z.enum(TIMELINE_KINDS), id: entityId('Entry id') });

interface EntryBase {
  id: number;
  /**
   * ISO instant the entry is ordered by: a one-on-one's scheduled time (its follow-up checks and
   * skill ratings share it), a check-in's day at noon local time.
   */
  timestamp: string;
  /** The one-on-one it belongs to, if any. */
  meetingId: number | null;
}

export interface MeetingEntry extends EntryBase {
  kind: 'meeting';
  meetingId: number;
  status: MeetingStatus;
  /** The start of the shared notes, for the list row. */
  excerpt: string;
  hasPrivateNotes: boolean;
  actionItemCount: number;
}

export interface FollowUpEntry extends EntryBase {
  kind: 'follow_up';
  meetingId: number;
  actionItemId: number;
  actionItemTitle: string;
  outcome: CheckOutcome;
  note: string | null;
  newDueDate: string | null;
}

export interface CheckInEntry extends EntryBase {
  kind: 'check_in';
  goalId: number;
  goalTitle: string;
  date: string;
  value: number;
  unit: Goal['unit'];
  note: string | null;
}

export interface RatingEntry extends EntryBase {
  kind: 'rating';
  meetingId: number;
  skillId: number;
  skillName: string;
  rating: number;
  note: string | null;
}

export type TimelineEntry = MeetingEntry | FollowUpEntry | CheckInEntry | RatingEntry;

export interface TimelinePage {
  entries: TimelineEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: TimelineCursor | null;
}

/** One entry opened in full. */
export type TimelineEntryDetail =
  | {
      kind: 'meeting';
      meeting: MeetingSummary;
      sharedNotes: TiptapDoc;
      privateNotes: TiptapDoc;
      actionItems: ActionItem[];
      followUps: FollowUpEntry[];
      ratings: SkillRating[];
      checkIns: GoalCheckIn[];
    }
  | { kind: 'follow_up'; entry: FollowUpEntry; actionItem: ActionItem; meeting: MeetingSummary }
  | { kind: 'check_in'; entry: CheckInEntry; checkIn: GoalCheckIn; goal: Goal }
  | { kind: 'rating'; entry: RatingEntry; rating: SkillRating; meeting: MeetingSummary };
