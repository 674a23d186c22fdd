import { z } from 'zod';
import type { ActionItem } from '../action-items/action-item';
import { agendaItemSchema, type AgendaItem, type TalkingPoint } from '../agenda/agenda';
import { tiptapDocSchema } from '../notes/notes-schema';
import { taskItemAttrProblems } from '../notes/task-items';
import type { TiptapDoc } from '../notes/tiptap-json';
import type { Rep } from '../reps/rep';
import { entityId, instant } from '../validation';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface MeetingSummary {
  id: number;
  repId: number;
  repName: string;
  /** ISO-8601 UTC instant. */
  scheduledAt: string;
  durationMinutes: number;
  status: MeetingStatus;
  heldAt: string | null;
  cancelledAt: string | null;
  /** Action items agreed in this one-on-one. */
  actionItemCount: number;
}

/**
 * What cancelling a one-on-one undoes and what it keeps, for the confirmation. A cancelled
 * one-on-one never happened: what it recorded as happening is undone; what was typed stays.
 */
export interface MeetingCancellation {
  meetingId: number;
  /** Follow-up outcomes recorded in it: undone, the items back as they were before. */
  followUps: number;
  /** Skill ratings given in it: removed from the rep's trends. */
  skillRatings: number;
  /** Talking points ticked as discussed in it: back in the queue for the next one-on-one. */
  talkingPointsDiscussed: number;
  /** Kept: action items typed in its notes, and goal check-ins recorded in it. */
  actionItems: number;
  goalCheckIns: number;
  /** Why it cannot be cancelled as it stands (a later one-on-one built on its follow-ups), else null. */
  blockedBy: string | null;
}

/** Everything the one-on-one screen needs, in one call. */
export interface MeetingWorkspace {
  meeting: MeetingSummary;
  rep: Rep;
  agenda: AgendaItem[];
  sharedNotes: TiptapDoc;
  privateNotes: TiptapDoc;
  /** Increases with every notes save; a save must name the revision it started from. */
  notesRevision: number;
  /** Action items agreed in this meeting, in note order. */
  actionItems: ActionItem[];
  /** The rep's queued points and those discussed in this meeting. */
  talkingPoints: TalkingPoint[];
}

export interface SaveNotesResult {
  notesRevision: number;
  /** Ids given to task items that were new in this save, keyed by the task item's clientKey. */
  assignedActionItemIds: Record<string, number>;
  actionItems: ActionItem[];
}

export const meetingIdSchema = z.object({ id: entityId('Meeting id') });

export const scheduleMeetingSchema = z.object({
  repId: entityId('Rep id'),
  scheduledAt: instant('Date and time'),
  durationMinutes: z.number().int().min(5).max(480).default(30),
  templateId: entityId('Template id').nullish(),
});

export const rescheduleMeetingSchema = z.object({ id: entityId('Meeting id'), scheduledAt: instant('Date and time') });

export const setMeetingStatusSchema = z.object({
  id: entityId('Meeting id'),
  status: z.enum(MEETING_STATUSES, { message: 'Status must be scheduled, held or cancelled' }),
});

export const saveNotesSchema = z
  .object({
    id: entityId('Meeting id'),
    /** The revision the editor started from; a different current revision means someone else saved. */
    baseRevision: z.number().int().min(0),
    shared: tiptapDocSchema.optional(),
    private: tiptapDocSchema.optional(),
  })
  .superRefine((input, context) => {
    // Shared task items are action items: an owner or due date set on one must be a real one.
    const problem = input.shared ? taskItemAttrProblems(input.shared)[0] : undefined;
    if (problem) context.addIssue({ code: 'custom', path: ['shared', problem.field], message: problem.message });
  });

export const updateAgendaSchema = z.object({
  id: entityId('Meeting id'),
  agenda: z.array(agendaItemSchema).max(100, 'An agenda has at most 100 lines'),
});

export const listRepMeetingsSchema = z.object({
  repId: entityId('Rep id'),
  status: z.enum([...MEETING_STATUSES, 'all']).default('all'),
});

export const upcomingMeetingsSchema = z.object({ limit: z.number().int().min(1).max(500).default(100) });
