import { z } from 'zod';
import type { ActionItem, ActionItemOwner } from '../action-items/action-item';
import type { MonthlyPoint } from '../accountability/figures';
import type { DayRange } from '../accountability/period';
import type { GoalSummary } from '../goals/goal';
import type { CoachingFocusItem } from '../skills/coaching-focus';
import { entityId } from '../validation';

export const briefSchema = z.object({
  repId: entityId('Rep id'),
  /** The one-on-one being prepared: "last meeting" then means the one held before it. */
  meetingId: entityId('Meeting id').nullish(),
});

/** How many words of the last meeting's shared notes the brief quotes. */
export const BRIEF_EXCERPT_WORDS = 50;
/** The follow-through trend covers this many calendar months, the current one last. */
export const BRIEF_TREND_MONTHS = 6;

export interface BriefLastMeeting {
  meetingId: number;
  scheduledAt: string;
  /** Action items agreed in it, with their status now. */
  agreements: ActionItem[];
  excerpt: string;
  /** True when the notes go on past the excerpt. */
  excerptTruncated: boolean;
}

export interface BriefCommitment {
  actionItemId: number;
  /** The one-on-one it was agreed in. */
  meetingId: number | null;
  goalId: number | null;
  title: string;
  owner: ActionItemOwner;
  dueDate: string | null;
  carryCount: number;
  overdue: boolean;
}

export interface BriefFollowThrough {
  /** The product rules' follow-through rate of the rep's own items over `period`; null is "no data". */
  rate: number | null;
  dueCount: number;
  doneCount: number;
  period: DayRange;
  monthly: MonthlyPoint[];
}

export interface BriefTalkingPoint {
  talkingPointId: number;
  text: string;
  createdAt: string;
}

/** The pre-meeting brief: everything the two minutes before a one-on-one need, in one call. */
export interface PreMeetingBrief {
  repId: number;
  repName: string;
  /** The manager's today, yyyy-MM-dd. */
  today: string;
  lastHeldMeetingId: number | null;
  /** Days since the last held one-on-one; null when none was held yet. */
  daysSinceLastOneOnOne: number | null;
  lastMeeting: BriefLastMeeting | null;
  /** Open items of the rep and the manager, overdue first, then by due date. */
  openCommitments: BriefCommitment[];
  overdueCount: number;
  followThrough: BriefFollowThrough;
  /** Active goals with pacing (metric) or done / not done (milestone). */
  goals: GoalSummary[];
  focus: CoachingFocusItem[];
  talkingPoints: BriefTalkingPoint[];
}
