import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { useApiMutation } from '../../api/queries';
import { dateTimePickerDisplay } from '../../forms/date-input-formats';
import { formatMeetingDateTime, fromPickerValue, toPickerValue } from './meeting-dates';

interface RescheduleMeetingModalProps {
  /** The meeting to move; null keeps the modal closed. */
  meeting: MeetingSummary | null;
  onClose: () => void;
}

export function RescheduleMeetingModal({ meeting, onClose }: RescheduleMeetingModalProps) {
  return (
    <Modal opened={meeting !== null} onClose={onClose} title="Reschedule one-on-one" size="md" radius="md">
      {meeting ? <RescheduleForm key={meeting.id} meeting={meeting} onClose={onClose} /> : null}
    </Modal>
  );
}

function RescheduleForm({ meeting, onClose }: { meeting: MeetingSummary; onClose: () => void }) {
  const [value, setValue] = useState<string | null>(toPickerValue(meeting.scheduledAt));
  const [error, setError] = useState<string | null>(null);
  const reschedule = useApiMutation('meetings.reschedule', {
    // Items its follow-ups closed may get another done day, which the figures read.
    invalidates: ['meetings.*', 'followUps.panel', 'actionItems.*', 'accountability.forRep', 'team.overview'],
    errorTitle: 'Could not reschedule',
    shouldNotify: (failure) => failure.code !== 'invalid_input',
    onError: (failure) => setError(failure.message),
    onSuccess: (moved) => {
      notifications.show({
        color: 'teal',
        title: 'One-on-one moved',
        message: `${moved.repName}, now ${formatMeetingDateTime(moved.scheduledAt)}.`,
      });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scheduledAt = fromPickerValue(value);
    if (!scheduledAt) {
      setError('Pick a date and time');
      return;
    }
    reschedule.mutate({ id: meeting.id, scheduledAt });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DateTimePicker
          label="New date and time"
          description={`With ${meeting.repName}, was ${formatMeetingDateTime(meeting.scheduledAt)}`}
          {...dateTimePickerDisplay()}
          value={value}
          onChange={(next) => {
            setValue(next);
            setError(null);
          }}
          error={error}
          required
          data-autofocus
          popoverProps={{ withinPortal: true }}
          submitButtonProps={{ 'aria-label': 'Use this date and time' }}
        />
        {/* A known complaint about other tools: moving a meeting lost its notes. Say that it does not. */}
        <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />}>
          Agenda, notes and talking points stay with the meeting.
        </Alert>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={reschedule.isPending}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
