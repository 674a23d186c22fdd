import { format } from 'date-fns';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { useApiQuery } from '../../../api/queries';

/**
 * The day new action items are due by default (issue 3): the rep's next scheduled one-on-one
 * after this one, else the next slot by their cadence. As a local calendar day, yyyy-MM-dd.
 */
export function useNextMeetingDay(meeting: MeetingSummary): string | null {
  const scheduled = useApiQuery('meetings.listForRep', { repId: meeting.repId, status: 'scheduled' });
  const slot = useApiQuery('meetings.suggestSlot', { repId: meeting.repId });
  const next = (scheduled.data ?? [])
    .filter((candidate) => candidate.id !== meeting.id && candidate.scheduledAt > meeting.scheduledAt)
    .map((candidate) => candidate.scheduledAt)
    .sort()[0];
  const instant = next ?? slot.data?.scheduledAt;
  return instant ? format(new Date(instant), 'yyyy-MM-dd') : null;
}
