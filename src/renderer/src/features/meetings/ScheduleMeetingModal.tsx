import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { Rep } from '@shared/reps/rep';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { dateTimePickerDisplay } from '../../forms/date-input-formats';
import { formatMeetingDateTime, fromPickerValue, toPickerValue } from './meeting-dates';

const DURATIONS = [15, 30, 45, 60, 90].map((minutes) => ({ value: String(minutes), label: `${minutes} minutes` }));
/** The Select's value for "no template chosen": main then uses the rep's default agenda. */
const REP_DEFAULT = 'rep-default';

interface ScheduleMeetingModalProps {
  rep: Pick<Rep, 'id' | 'name'>;
  opened: boolean;
  onClose: () => void;
}

export function ScheduleMeetingModal({ rep, opened, onClose }: ScheduleMeetingModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Schedule a one-on-one with ${rep.name}`} size="md" radius="md">
      {/* Mounted only while open, so each opening asks for a fresh suggested slot. */}
      {opened ? <ScheduleMeetingForm rep={rep} onClose={onClose} /> : null}
    </Modal>
  );
}

function ScheduleMeetingForm({ rep, onClose }: Omit<ScheduleMeetingModalProps, 'opened'>) {
  const navigate = useNavigate();
  const slot = useApiQuery('meetings.suggestSlot', { repId: rep.id }, { staleTime: 0 });
  const templates = useApiQuery('templates.list', {});
  // null until the manager touches the picker: the suggested slot shows until then.
  const [picked, setPicked] = useState<string | null>(null);
  const [duration, setDuration] = useState('30');
  const [template, setTemplate] = useState(REP_DEFAULT);
  const [error, setError] = useState<string | null>(null);

  const value = picked ?? (slot.data ? toPickerValue(slot.data.scheduledAt) : null);
  const schedule = useApiMutation('meetings.schedule', {
    invalidates: ['meetings.*', 'reps.list', 'talkingPoints.*'],
    shouldNotify: (failure) => failure.code !== 'invalid_input',
    onError: (failure) => setError(failure.message),
    errorTitle: 'Could not schedule the one-on-one',
    onSuccess: (meeting) => {
      notifications.show({
        color: 'teal',
        title: 'One-on-one scheduled',
        message: `${rep.name}, ${formatMeetingDateTime(meeting.scheduledAt)}. Its agenda is ready to edit.`,
      });
      onClose();
      void navigate(`/meetings/${meeting.id}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scheduledAt = fromPickerValue(value);
    if (!scheduledAt) {
      setError('Pick a date and time');
      return;
    }
    schedule.mutate({
      repId: rep.id,
      scheduledAt,
      durationMinutes: Number(duration),
      templateId: template === REP_DEFAULT ? null : Number(template),
    });
  };

  const templateOptions = [
    { value: REP_DEFAULT, label: 'Their default agenda' },
    ...(templates.data ?? []).map((item) => ({ value: String(item.id), label: item.name })),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DateTimePicker
          label="Date and time"
          description={slot.isPending ? 'Finding the next slot…' : 'Suggested: the next slot by their cadence.'}
          placeholder="Pick a date and time"
          {...dateTimePickerDisplay()}
          value={value}
          onChange={(next) => {
            setPicked(next);
            setError(null);
          }}
          error={error}
          required
          data-autofocus
          popoverProps={{ withinPortal: true }}
          submitButtonProps={{ 'aria-label': 'Use this date and time' }}
        />
        <Group grow align="flex-start">
          <Select
            label="Length"
            data={DURATIONS}
            value={duration}
            onChange={(next) => setDuration(next ?? '30')}
            allowDeselect={false}
          />
          <Select
            label="Agenda template"
            data={templateOptions}
            value={template}
            onChange={(next) => setTemplate(next ?? REP_DEFAULT)}
            allowDeselect={false}
          />
        </Group>
        <Text size="xs" c="dimmed">
          Talking points you queued for {rep.name} land on this agenda.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={schedule.isPending} disabled={slot.isPending && picked === null}>
            Schedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
