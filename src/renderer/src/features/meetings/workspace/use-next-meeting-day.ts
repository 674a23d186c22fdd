import type { MeetingSummary } from '@shared/meetings/meeting';
import { useApiQuery } from '../../../api/queries';
import { localDayOf } from '../../accountability/format';

/**
 * The day of the rep's first scheduled one-on-one after `after` (an ISO instant), leaving out
 * `exceptId`; null while loading, without a rep, or when none is scheduled.
 */
export function useNextScheduledDay(repId: number | null, after: string, exceptId?: number): string | null {
  const scheduled = useApiQuery(
    'meetings.listForRep',
    { repId: repId ?? 0, status: 'scheduled' },
    { enabled: repId !== null },
  );
  const next = (scheduled.data ?? [])
    .filter((candidate) => candidate.id !== exceptId && candidate.scheduledAt > after)
    .map((candidate) => candidate.scheduledAt)
    .sort()[0];
  return next ? localDayOf(next) : null;
}

/**
 * The day new action items are due by default: the rep's next scheduled one-on-one
 * after this one, else the next slot by their cadence. As a local calendar day, yyyy-MM-dd.
 */
export function useNextMeetingDay(meeting: MeetingSummary): string | null {
  const next = useNextScheduledDay(meeting.repId, meeting.scheduledAt, meeting.id);
  const slot = useApiQuery('meetings.suggestSlot', { repId: meeting.repId });
  const instant = slot.data?.scheduledAt;
  return next ?? (instant ? localDayOf(instant) : null);
}
