import { ActionIcon, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalCheckIn, GoalDetail } from '@shared/goals/goal';
import { useApiMutation } from '../../api/queries';
import { formatCalendarDay } from '../reps/format';
import { CheckInForm } from './CheckInForm';
import { formatGoalValue } from './goal-format';
import { GOAL_INVALIDATES } from './GoalForm';

/** The check-ins of a metric goal, newest first, with a form to add one and a way to correct each. */
export function CheckInsPanel({ goal }: { goal: GoalDetail }) {
  // The check-in stays set while the modal closes, so its form does not blank out mid-transition.
  const [editing, setEditing] = useState<GoalCheckIn | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const remove = useApiMutation('goals.removeCheckIn', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not remove the check-in',
  });
  const newestFirst = [...goal.checkIns].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return (
    <Stack gap="sm" component="section" aria-labelledby="check-ins-heading">
      <Title order={2} fz="h5" id="check-ins-heading">
        Check-ins
      </Title>
      <CheckInForm goal={goal} />
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
            {newestFirst.map((checkIn) => {
              const day = formatCalendarDay(checkIn.date) ?? checkIn.date;
              return (
                <Table.Tr key={checkIn.id}>
                  <Table.Td>{day}</Table.Td>
                  <Table.Td>{formatGoalValue(checkIn.value, goal.unit)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={checkIn.note ? undefined : 'dimmed'}>
                      {checkIn.note ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Edit the check-in of ${day}`}
                        onClick={() => {
                          setEditing(checkIn);
                          setEditOpen(true);
                        }}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove the check-in of ${day}`}
                        onClick={() => remove.mutate({ id: checkIn.id })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editOpen}
        onClose={() => setEditOpen(false)}
        title="Edit check-in"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {editing ? (
          <CheckInForm key={editing.id} goal={goal} checkIn={editing} onDone={() => setEditOpen(false)} />
        ) : null}
      </Modal>
    </Stack>
  );
}
