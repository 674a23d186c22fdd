import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, oneOf, referenceColumn, textColumn } from './columns';
import { MeetingEntity } from './meeting';

export const CALENDAR_STATUSES = ['confirmed', 'cancelled'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

/**
 * Which calendar occurrence a one-on-one was imported from, so importing a newer export of
 * the same calendar updates the meeting instead of adding a second one. RFC 5545 names an
 * occurrence by UID + RECURRENCE-ID; both are kept as the calendar gave them (the recurrence
 * id as the ISO UTC instant it stands for, '' for a one-off event).
 */
export interface CalendarLinkRow {
  id: number;
  meetingId: number;
  uid: string;
  recurrenceId: string;
  /** When the calendar said the occurrence starts at the last import: a newer export that moved it reschedules the meeting. */
  calendarStartsAt: string;
  calendarStatus: CalendarStatus;
  createdAt: string;
  updatedAt: string;
}

export const CalendarLinkEntity = new EntitySchema<CalendarLinkRow>({
  name: 'CalendarLink',
  tableName: 'calendar_links',
  columns: {
    id: idColumn(),
    meetingId: referenceColumn('meeting_id', MeetingEntity, 'CASCADE', 'FK_calendar_links_meeting_id'),
    uid: textColumn('uid'),
    recurrenceId: textColumn('recurrence_id', { default: '' }),
    calendarStartsAt: instantColumn('calendar_starts_at'),
    calendarStatus: textColumn('calendar_status', { default: 'confirmed' }),
    createdAt: instantColumn('created_at'),
    updatedAt: instantColumn('updated_at'),
  },
  checks: [{ name: 'CHK_calendar_links_calendar_status', expression: oneOf('calendar_status', CALENDAR_STATUSES) }],
  uniques: [
    { name: 'UQ_calendar_links_uid_recurrence_id', columns: ['uid', 'recurrenceId'] },
    { name: 'UQ_calendar_links_meeting_id', columns: ['meetingId'] },
  ],
});
