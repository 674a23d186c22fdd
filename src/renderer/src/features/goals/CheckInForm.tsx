import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { GoalCheckIn, GoalDetail } from '@shared/goals/goal';
import type { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { DayInput } from '../../components/DayInput';
import { isDayOrEmpty, unreadableDayMessage } from '../../forms/date-input-formats';
import { localDayOf } from '../accountability/format';
import { GOAL_INVALIDATES } from './GoalForm';

const FIELDS = ['value', 'date', 'note'];

interface CheckInFormProps {
  goal: Pick<GoalDetail, 'id' | 'endDate'>;
  /** The check-in to edit, prefilled; without it the form adds a new check-in to the goal. */
  checkIn?: GoalCheckIn;
  /** After a save (edit mode); the add form stays open for the next value. */
  onDone?: () => void;
}

/**
 * Adds a check-in to a metric goal, or edits one: value, date and note, with the API's messages
 * under their fields. Editing keeps the one-on-one a check-in was recorded in.
 */
export function CheckInForm({ goal, checkIn, onDone }: CheckInFormProps) {
  const today = localDayOf(new Date().toISOString());
  const [value, setValue] = useState<number | string>(checkIn?.value ?? '');
  const [date, setDate] = useState<string | null>(checkIn?.date ?? (today < goal.endDate ? today : goal.endDate));
  const [note, setNote] = useState(checkIn?.note ?? '');
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const showError = (failure: ApiCallError) => setError({ field: failure.field, message: failure.message });
  const add = useApiMutation('goals.addCheckIn', {
    invalidates: GOAL_INVALIDATES,
    shouldNotify: () => false,
    onError: showError,
    onSuccess: () => {
      setValue('');
      setNote('');
      setError(null);
    },
  });
  const update = useApiMutation('goals.updateCheckIn', {
    invalidates: GOAL_INVALIDATES,
    shouldNotify: () => false,
    onError: showError,
    onSuccess: () => {
      setError(null);
      onDone?.();
    },
  });
  const submit = () => {
    if (typeof value !== 'number') {
      setError({ field: 'value', message: 'Value must be a number' });
      return;
    }
    if (!isDayOrEmpty(date)) {
      setError({ field: 'date', message: unreadableDayMessage() });
      return;
    }
    const fields = { value, date: date ?? '', note: note.trim() || null };
    if (checkIn) update.mutate({ id: checkIn.id, ...fields });
    else add.mutate({ goalId: goal.id, ...fields });
  };
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  // An error about no one field (the goal was closed meanwhile, say) goes under the whole form.
  const formError = error && !FIELDS.includes(error.field ?? '') ? error.message : null;

  const valueInput = (
    <NumberInput
      label="Value"
      w={checkIn ? undefined : 140}
      value={value}
      onChange={setValue}
      error={fieldError('value')}
      data-autofocus={checkIn ? true : undefined}
    />
  );
  const dateInput = (
    <DayInput
      label="Date"
      w={checkIn ? undefined : 160}
      value={date}
      onChange={setDate}
      error={fieldError('date')}
      popoverProps={{ withinPortal: true }}
    />
  );
  const noteInput = (
    <TextInput
      label="Note"
      style={checkIn ? undefined : { flex: 1, minWidth: 180 }}
      value={note}
      onChange={(event) => setNote(event.currentTarget.value)}
      error={fieldError('note')}
    />
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      {checkIn ? (
        <Stack gap="md">
          <SimpleGrid cols={2}>
            {valueInput}
            {dateInput}
          </SimpleGrid>
          {noteInput}
          {checkIn.meetingId ? (
            <Text size="xs" c="dimmed">
              Recorded in a one-on-one; it stays with that meeting.
            </Text>
          ) : null}
          {formError ? (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save check-in
            </Button>
          </Group>
        </Stack>
      ) : (
        <>
          <Group align="flex-start" gap="xs" wrap="wrap">
            {valueInput}
            {dateInput}
            {noteInput}
            <Button type="submit" mt={25} loading={add.isPending}>
              Add check-in
            </Button>
          </Group>
          {formError ? (
            <Text size="sm" c="red" role="alert" mt={4}>
              {formError}
            </Text>
          ) : null}
        </>
      )}
    </form>
  );
}
