import type { MeetingSummary } from '@shared/meetings/meeting';
import { localDayKey } from './meeting-dates';

export interface MeetingDay {
  /** yyyy-MM-dd in the manager's time zone. */
  day: string;
  /** Any meeting's instant that day, for the heading. */
  instant: string;
  meetings: MeetingSummary[];
}

/** Meetings grouped by the manager's local calendar day, days and meetings in time order. */
export function groupMeetingsByDay(meetings: readonly MeetingSummary[]): MeetingDay[] {
  const sorted = [...meetings].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const days: MeetingDay[] = [];
  for (const meeting of sorted) {
    const day = localDayKey(meeting.scheduledAt);
    const last = days.at(-1);
    if (last && last.day === day) last.meetings.push(meeting);
    else days.push({ day, instant: meeting.scheduledAt, meetings: [meeting] });
  }
  return days;
}
