import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalDetail } from '@shared/goals/goal';
import { useApiMutation } from '../../api/queries';
import { localDayOf } from '../accountability/format';
import { formatGoalValue } from './goal-format';
import { GOAL_INVALIDATES } from './GoalForm';

/** The check-ins of a metric goal, newest first, with a form to add one. */
export function CheckInsPanel({ goal }: { goal: GoalDetail }) {
  const today = localDayOf(new Date().toISOString());
  const [value, setValue] = useState<number | string>('');
  const [date, setDate] = useState<string | null>(today < goal.endDate ? today : goal.endDate);
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const add = useApiMutation('goals.addCheckIn', {
    invalidates: GOAL_INVALIDATES,
    shouldNotify: () => false,
    onError: (failure) => setError({ field: failure.field, message: failure.message }),
    onSuccess: () => {
      setValue('');
      setNote('');
      setError(null);
    },
  });
  const remove = useApiMutation('goals.removeCheckIn', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not remove the check-in',
  });
  const submit = () => {
    if (typeof value !== 'number') {
      setError({ field: 'value', message: 'Value must be a number' });
      return;
    }
    add.mutate({ goalId: goal.id, value, date: date ?? '', note: note.trim() || null });
  };
  const FIELDS = ['value', 'date', 'note'];
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  // An error about no one field (the goal was closed meanwhile, say) goes under the whole form.
  const formError = error && !FIELDS.includes(error.field ?? '') ? error.message : null;
  const newestFirst = [...goal.checkIns].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return (
    <Stack gap="sm" component="section" aria-labelledby="check-ins-heading">
      <Title order={2} fz="h5" id="check-ins-heading">
        Check-ins
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Group align="flex-start" gap="xs" wrap="wrap">
          <NumberInput label="Value" w={140} value={value} onChange={setValue} error={fieldError('value')} />
          <DateInput
            label="Date"
            w={160}
            valueFormat="YYYY-MM-DD"
            value={date}
            onChange={setDate}
            error={fieldError('date')}
            popoverProps={{ withinPortal: true }}
          />
          <TextInput
            label="Note"
            style={{ flex: 1, minWidth: 180 }}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError('note')}
          />
          <Button type="submit" mt={25} loading={add.isPending}>
            Add check-in
          </Button>
        </Group>
        {formError ? (
          <Text size="sm" c="red" role="alert" mt={4}>
            {formError}
          </Text>
        ) : null}
      </form>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          No check-ins yet.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label="Check-ins">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th>
                <span className="cb-visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((checkIn) => (
              <Table.Tr key={checkIn.id}>
                <Table.Td>{checkIn.date}</Table.Td>
                <Table.Td>{formatGoalValue(checkIn.value, goal.unit)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={checkIn.note ? undefined : 'dimmed'}>
                    {checkIn.note ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove the check-in of ${checkIn.date}`}
                    onClick={() => remove.mutate({ id: checkIn.id })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
