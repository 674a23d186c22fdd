import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import type { MeetingCancellation, MeetingSummary } from '@shared/meetings/meeting';
import { useApiQuery } from '../../api/queries';
import { pluralize } from '../accountability/format';
import { formatMeetingDateTime } from './meeting-dates';

interface CancelMeetingModalProps {
  meeting: MeetingSummary | null;
  onConfirm: (meeting: MeetingSummary) => void;
  onClose: () => void;
}

/**
 * A cancelled one-on-one never happened, so cancelling undoes what was recorded in it (main's
 * meeting-outcomes.ts). The manager reads what goes and what stays before deciding.
 */
export function CancelMeetingModal({ meeting, onConfirm, onClose }: CancelMeetingModalProps) {
  return (
    <Modal opened={meeting !== null} onClose={onClose} title="Cancel this one-on-one?" size="md" radius="md">
      {meeting ? (
        <CancelConfirmation key={meeting.id} meeting={meeting} onConfirm={onConfirm} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function CancelConfirmation({ meeting, onConfirm, onClose }: CancelMeetingModalProps & { meeting: MeetingSummary }) {
  // Fresh every time it opens: a follow-up recorded a moment ago must be counted.
  const cancellation = useApiQuery('meetings.cancellation', { id: meeting.id }, { staleTime: 0, gcTime: 0 });
  const ready = cancellation.data !== undefined && cancellation.data.blockedBy === null;
  return (
    <Stack gap="md">
      <Text size="sm" fw={500}>
        {meeting.repName}, {formatMeetingDateTime(meeting.scheduledAt)}
      </Text>
      {cancellation.isPending ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Checking what was recorded in it…
          </Text>
        </Group>
      ) : cancellation.isError ? (
        <Alert color="red" variant="light" title="Could not check what was recorded in it">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{cancellation.error.message}</Text>
            <Button size="xs" variant="default" onClick={() => void cancellation.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : (
        <CancellationSummary cancellation={cancellation.data} repName={meeting.repName} />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} data-autofocus>
          Keep it
        </Button>
        <Button
          color="red"
          disabled={!ready}
          onClick={() => {
            onConfirm(meeting);
            onClose();
          }}
        >
          Cancel one-on-one
        </Button>
      </Group>
    </Stack>
  );
}

function CancellationSummary({ cancellation, repName }: { cancellation: MeetingCancellation; repName: string }) {
  if (cancellation.blockedBy) {
    return (
      <Alert color="red" variant="light" title="This one-on-one cannot be cancelled yet">
        {cancellation.blockedBy}
      </Alert>
    );
  }
  const undone = [
    cancellation.followUps > 0
      ? `${pluralize(cancellation.followUps, 'recorded follow-up')} undone: those commitments go back to how they were before this one-on-one — open, with their earlier carry counts and due dates.`
      : null,
    cancellation.skillRatings > 0
      ? `${pluralize(cancellation.skillRatings, 'skill rating')} removed from ${repName}’s trends.`
      : null,
    cancellation.talkingPointsDiscussed > 0
      ? `${pluralize(cancellation.talkingPointsDiscussed, 'talking point')} ticked as discussed: back in the queue for the next one-on-one.`
      : null,
  ].filter((line) => line !== null);
  const items = cancellation.actionItems;
  const checkIns = cancellation.goalCheckIns;
  return (
    <Stack gap="sm">
      {undone.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm">A cancelled one-on-one did not take place, so what was recorded in it is undone:</Text>
          <Stack component="ul" gap={4} m={0} pl="lg" aria-label="Undone by cancelling">
            {undone.map((line) => (
              <Text component="li" size="sm" key={line}>
                {line}
              </Text>
            ))}
          </Stack>
        </Stack>
      ) : null}
      <Text size="sm">
        Kept: its agenda and notes
        {items > 0
          ? `, with the ${pluralize(items, 'action item')} typed in them (they come up at the next one-on-one)`
          : ''}
        {checkIns > 0 ? `, and ${pluralize(checkIns, 'goal check-in')}` : ''}. Queued talking points move to the next
        one-on-one.
      </Text>
      {undone.length > 0 ? (
        <Text size="sm" c="dimmed">
          Putting it back on the schedule later does not bring back what was undone.
        </Text>
      ) : null}
    </Stack>
  );
}
