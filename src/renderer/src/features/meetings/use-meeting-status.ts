import { notifications } from '@mantine/notifications';
import type { MeetingStatus, MeetingSummary } from '@shared/meetings/meeting';
import { useApiMutation } from '../../api/queries';
import { formatMeetingDateTime } from './meeting-dates';

const DONE_MESSAGES: Record<MeetingStatus, string> = {
  held: 'Marked as held',
  cancelled: 'One-on-one cancelled',
  scheduled: 'Back on the schedule',
};

/** Mark held / cancel / restore, with a notification saying what happened. */
export function useMeetingStatus(): {
  setStatus: (meeting: Pick<MeetingSummary, 'id'>, status: MeetingStatus) => void;
  pending: boolean;
} {
  const mutation = useApiMutation('meetings.setStatus', {
    // Held meetings change the reps list's "last one-on-one" and the rep's next suggested slot; cancelling
    // undoes the meeting's follow-ups, skill ratings and discussed talking points, so every view of them.
    invalidates: [
      'meetings.*',
      'reps.list',
      'actionItems.*',
      'followUps.panel',
      'team.overview',
      'accountability.forRep',
      'reminders.today',
      'brief.forRep',
      'skills.*',
      'talkingPoints.*',
      'timeline.*',
      'goals.*',
    ],
    errorTitle: 'Could not change the one-on-one',
    onSuccess: (meeting) =>
      notifications.show({
        color: meeting.status === 'cancelled' ? 'gray' : 'teal',
        title: DONE_MESSAGES[meeting.status],
        message: `${meeting.repName}, ${formatMeetingDateTime(meeting.scheduledAt)}.`,
      }),
  });
  return {
    setStatus: (meeting, status) => mutation.mutate({ id: meeting.id, status }),
    pending: mutation.isPending,
  };
}
