import { addDays, calendarDayOf } from '../accountability/calendar-days';

/** How long before a one-on-one its reminder pops up. */
export const MEETING_REMINDER_MINUTES = 15;

export interface UpcomingOneOnOne {
  meetingId: number;
  repName: string;
  /** ISO instant. */
  scheduledAt: string;
}

export interface OverdueCommitment {
  actionItemId: number;
  title: string;
  repName: string;
  /** Calendar day, yyyy-MM-dd. */
  dueDate: string;
}

export interface PlannedNotification {
  /** What was notified, so it is never notified twice: `meeting:12`, `overdue:34:2026-11-26`. */
  keys: string[];
  title: string;
  body: string;
}

export interface PlanNotificationsInput {
  now: Date;
  meetings: readonly UpcomingOneOnOne[];
  /** Open commitments whose due date has passed. */
  overdueItems: readonly OverdueCommitment[];
  alreadyNotified: ReadonlySet<string>;
  /** The manager's Settings switch. */
  enabled: boolean;
  /** Only for tests; the app uses the machine's (the manager's) time zone. */
  timeZone?: string;
}

const meetingKey = (meeting: UpcomingOneOnOne) => `meeting:${meeting.meetingId}`;
// The due date is part of the key: an item carried to a new due date that passes too is news again.
const overdueKey = (item: OverdueCommitment) => `overdue:${item.actionItemId}:${item.dueDate}`;

/**
 * Decides which OS notifications to show now. A one-on-one starting within the next 15 minutes
 * (not one already started); and commitments that became overdue today — due yesterday — in one
 * notification, so a manager opening the app after a week away is not flooded with old news.
 * Each thing is notified once: the caller remembers the returned keys.
 */
export function planNotifications(input: PlanNotificationsInput): PlannedNotification[] {
  if (!input.enabled) return [];
  const planned: PlannedNotification[] = [];
  const now = input.now.getTime();
  const horizon = now + MEETING_REMINDER_MINUTES * 60_000;
  for (const meeting of input.meetings) {
    const starts = Date.parse(meeting.scheduledAt);
    if (starts < now || starts > horizon || input.alreadyNotified.has(meetingKey(meeting))) continue;
    const minutes = Math.max(1, Math.round((starts - now) / 60_000));
    planned.push({
      keys: [meetingKey(meeting)],
      title: `One-on-one with ${meeting.repName}`,
      body: `Starts in ${minutes} minute${minutes === 1 ? '' : 's'}. Open it to review last time's commitments.`,
    });
  }

  const yesterday = addDays(calendarDayOf(input.now, input.timeZone), -1);
  const newlyOverdue = input.overdueItems.filter(
    (item) => item.dueDate === yesterday && !input.alreadyNotified.has(overdueKey(item)),
  );
  const [first] = newlyOverdue;
  if (first && newlyOverdue.length === 1) {
    planned.push({
      keys: [overdueKey(first)],
      title: 'A commitment is now overdue',
      body: `${first.repName}: ${first.title}`,
    });
  } else if (newlyOverdue.length > 1) {
    const reps = [...new Set(newlyOverdue.map((item) => item.repName))];
    planned.push({
      keys: newlyOverdue.map(overdueKey),
      title: `${newlyOverdue.length} commitments are now overdue`,
      body:
        reps.length <= 3
          ? `From ${reps.join(', ')}.`
          : `From ${reps.slice(0, 3).join(', ')} and ${reps.length - 3} more.`,
    });
  }
  return planned;
}
