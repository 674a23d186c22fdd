import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { formatMeetingDateTime } from './meeting-dates';

interface CancelMeetingModalProps {
  meeting: MeetingSummary | null;
  onConfirm: (meeting: MeetingSummary) => void;
  onClose: () => void;
}

/** Cancelling is reversible, but it takes the meeting off the schedule: ask first. */
export function CancelMeetingModal({ meeting, onConfirm, onClose }: CancelMeetingModalProps) {
  return (
    <Modal opened={meeting !== null} onClose={onClose} title="Cancel this one-on-one?" size="sm" radius="md">
      {meeting ? (
        <Stack gap="md">
          <Text size="sm">
            {meeting.repName}, {formatMeetingDateTime(meeting.scheduledAt)}. Its agenda and notes are kept; queued
            talking points move to the next one-on-one.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus>
              Keep it
            </Button>
            <Button
              color="red"
              onClick={() => {
                onConfirm(meeting);
                onClose();
              }}
            >
              Cancel one-on-one
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
