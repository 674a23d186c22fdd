import { Button, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { formatGoalValue } from './goal-format';
import { GOAL_INVALIDATES } from './GoalForm';

interface MeetingCheckInBlockProps {
  meetingId: number;
  repId: number;
  /** The one-on-one's calendar day: the check-in is dated to the meeting, not to whenever it is typed. */
  meetingDay: string;
}

/**
 * Records a goal's value during the one-on-one ("where is the quarter now?"), tied to this
 * meeting. Metric goals only; milestones are ticked on the goal page.
 */
export function MeetingCheckInBlock({ meetingId, repId, meetingDay }: MeetingCheckInBlockProps) {
  const goals = useApiQuery('goals.listForRep', { repId, status: 'active' });
  const metricGoals = (goals.data ?? []).filter((goal) => goal.kind === 'metric');
  const [goalId, setGoalId] = useState<string | null>(null);
  const [value, setValue] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useApiMutation('goals.addCheckIn', {
    invalidates: GOAL_INVALIDATES,
    shouldNotify: () => false,
    onError: (failure) => setError(failure.message),
    onSuccess: (checkIn) => {
      const goal = metricGoals.find((candidate) => candidate.id === checkIn.goalId);
      setSaved(goal ? `${goal.title}: ${formatGoalValue(checkIn.value, goal.unit)} recorded` : 'Check-in recorded');
      setValue('');
      setNote('');
      setError(null);
    },
  });
  if (metricGoals.length === 0) return null;
  const chosen = goalId ?? String(metricGoals[0]?.id ?? '');
  const submit = () => {
    setSaved(null);
    if (typeof value !== 'number') {
      setError('Value must be a number');
      return;
    }
    add.mutate({ goalId: Number(chosen), value, date: meetingDay, note: note.trim() || null, meetingId });
  };
  return (
    <Stack gap={6} component="section" aria-labelledby="meeting-check-in-heading">
      <Title order={2} fz="h5" id="meeting-check-in-heading">
        Goal check-in
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap={6}>
          <Select
            size="xs"
            label="Goal"
            data={metricGoals.map((goal) => ({ value: String(goal.id), label: goal.title }))}
            value={chosen}
            allowDeselect={false}
            onChange={setGoalId}
          />
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <NumberInput size="xs" label="Value today" value={value} onChange={setValue} style={{ flex: 1 }} />
            <Button size="xs" type="submit" loading={add.isPending}>
              Record
            </Button>
          </Group>
          <TextInput
            size="xs"
            label="Note"
            placeholder="Optional"
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {error ? (
            <Text size="xs" c="red" role="alert">
              {error}
            </Text>
          ) : null}
          {saved ? (
            <Text size="xs" c="teal" role="status">
              {saved}
            </Text>
          ) : null}
        </Stack>
      </form>
    </Stack>
  );
}
