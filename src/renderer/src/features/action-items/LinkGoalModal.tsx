import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ActionItemListItem } from '@shared/action-items/action-item';
import { useApiMutation, useApiQuery } from '../../api/queries';

const NO_GOAL = 'none';

interface LinkGoalModalProps {
  item: ActionItemListItem;
  opened: boolean;
  onClose: () => void;
}

/**
 * Links a commitment to one of the rep's goals, so the goal shows it with its outcomes
 * ("book five meetings" serves "meetings booked this quarter").
 */
export function LinkGoalModal({ item, opened, onClose }: LinkGoalModalProps) {
  const goals = useApiQuery('goals.listForRep', { repId: item.repId, status: 'active' }, { enabled: opened });
  const [choice, setChoice] = useState<string>(item.goalId === null ? NO_GOAL : String(item.goalId));
  const link = useApiMutation('actionItems.linkGoal', {
    invalidates: ['actionItems.*', 'goals.*', 'brief.*'],
    errorTitle: 'Could not link the action item',
    onSuccess: onClose,
  });
  const data = [
    { value: NO_GOAL, label: 'No goal' },
    ...(goals.data ?? []).map((goal) => ({ value: String(goal.id), label: goal.title })),
  ];
  return (
    <Modal opened={opened} onClose={onClose} title="Link to a goal" centered>
      <Stack gap="sm">
        <Text size="sm">{item.title}</Text>
        <Select
          label="Goal"
          data={data}
          value={choice}
          allowDeselect={false}
          onChange={(value) => setChoice(value ?? NO_GOAL)}
          disabled={goals.isLoading}
          description={goals.data && goals.data.length === 0 ? `${item.repName} has no active goals yet.` : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={link.isPending}
            onClick={() => link.mutate({ id: item.id, goalId: choice === NO_GOAL ? null : Number(choice) })}
          >
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
