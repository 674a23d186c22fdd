import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import type { AgendaItem } from '../agenda/agenda';
import { entityId } from '../validation';
import {
  listRepMeetingsSchema,
  meetingIdSchema,
  rescheduleMeetingSchema,
  saveNotesSchema,
  scheduleMeetingSchema,
  setMeetingStatusSchema,
  updateAgendaSchema,
  upcomingMeetingsSchema,
  type MeetingCancellation,
  type MeetingSummary,
  type MeetingWorkspace,
  type SaveNotesResult,
} from './meeting';

export const meetingsContract = {
  'meetings.listForRep': defineMethod<MeetingSummary[]>()(listRepMeetingsSchema),
  /** Scheduled one-on-ones from today on, across active reps. */
  'meetings.upcoming': defineMethod<MeetingSummary[]>()(upcomingMeetingsSchema),
  /** The default slot for a new one-on-one: the next one after the last meeting, by the rep's cadence. */
  'meetings.suggestSlot': defineMethod<{ scheduledAt: string }>()(z.object({ repId: entityId('Rep id') })),
  'meetings.schedule': defineMethod<MeetingSummary>()(scheduleMeetingSchema),
  /** Moves the date only: agenda, notes and talking points stay. */
  'meetings.reschedule': defineMethod<MeetingSummary>()(rescheduleMeetingSchema),
  /** Cancelling undoes the follow-ups, skill ratings and discussed talking points it recorded; notes stay. */
  'meetings.setStatus': defineMethod<MeetingSummary>()(setMeetingStatusSchema),
  /** What cancelling the one-on-one would undo and keep, and whether it can be cancelled now. */
  'meetings.cancellation': defineMethod<MeetingCancellation>()(meetingIdSchema),
  'meetings.open': defineMethod<MeetingWorkspace>()(meetingIdSchema),
  /** Saves notes and syncs the shared notes' task items with action items, in one transaction. */
  'meetings.saveNotes': defineMethod<SaveNotesResult>()(saveNotesSchema),
  'meetings.updateAgenda': defineMethod<AgendaItem[]>()(updateAgendaSchema),
};
