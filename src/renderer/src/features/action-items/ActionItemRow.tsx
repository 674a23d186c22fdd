import { ActionIcon, Anchor, Badge, Checkbox, Menu, Select, Stack, Table, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconArrowBackUp, IconDots, IconTarget, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ActionItemListItem } from '@shared/action-items/action-item';
import { formatPickedDays } from '../../forms/date-input-formats';
import { formatMeetingDateTime } from '../meetings/meeting-dates';
import { formatInstantDay } from '../reps/format';
import { OWNER_OPTIONS, STATUS_COLORS, STATUS_LABELS } from './action-item-labels';
import { ActionItemTitle } from './ActionItemTitle';
import { daysOverdue, overdueLabel } from './due-dates';
import { LinkGoalModal } from './LinkGoalModal';

export type ActionItemChange = Partial<Pick<ActionItemListItem, 'title' | 'owner' | 'dueDate' | 'status'>>;

interface ActionItemRowProps {
  item: ActionItemListItem;
  showRep: boolean;
  onChange: (item: ActionItemListItem, change: ActionItemChange) => void;
}

export function ActionItemRow({ item, showRep, onChange }: ActionItemRowProps) {
  const overdue = daysOverdue(item);
  const change = (next: ActionItemChange) => onChange(item, next);
  const [linkingGoal, setLinkingGoal] = useState(false);
  const added = formatInstantDay(item.createdAt);
  // A note's item links to its one-on-one; one written with "New action item" says when.
  const origin =
    item.meetingId && item.meetingScheduledAt ? (
      <Anchor component={Link} to={`/meetings/${item.meetingId}`} size="xs" c="dimmed">
        {`From ${formatMeetingDateTime(item.meetingScheduledAt)}`}
      </Anchor>
    ) : added ? (
      `Added ${added}`
    ) : null;
  return (
    <Table.Tr data-action-item-id={item.id}>
      <Table.Td w={40}>
        <Checkbox
          aria-label={`Done: ${item.title}`}
          checked={item.status === 'done'}
          disabled={item.status === 'dropped'}
          onChange={(event) => change({ status: event.currentTarget.checked ? 'done' : 'open' })}
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <ActionItemTitle title={item.title} status={item.status} onRename={(title) => change({ title })} />
          <Text size="xs" c="dimmed">
            {showRep ? (
              <Anchor component={Link} to={`/reps/${item.repId}`} size="xs" c="dimmed">
                {item.repName}
              </Anchor>
            ) : null}
            {showRep && origin ? ' · ' : null}
            {origin}
            {item.carryCount > 0 ? ` · carried ${item.carryCount}×` : null}
            {item.goalId !== null ? ' · linked to a goal' : null}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td w={140}>
        <Select
          size="xs"
          aria-label={`Owner of “${item.title}”`}
          data={OWNER_OPTIONS}
          value={item.owner}
          allowDeselect={false}
          onChange={(owner) => {
            if (owner === 'rep' || owner === 'manager') change({ owner });
          }}
        />
      </Table.Td>
      <Table.Td w={190}>
        <Stack gap={2}>
          <DatePickerInput
            size="xs"
            aria-label={`Due date of “${item.title}”`}
            placeholder="No due date"
            valueFormatter={formatPickedDays}
            value={item.dueDate}
            onChange={(dueDate) => change({ dueDate: dueDate || null })}
            clearable
            popoverProps={{ withinPortal: true }}
            error={overdue > 0}
          />
          {overdue > 0 ? (
            <Text size="xs" c="red" fw={500}>
              {overdueLabel(overdue)}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td w={90}>
        <Badge variant="light" radius="sm" tt="none" color={STATUS_COLORS[item.status]}>
          {STATUS_LABELS[item.status]}
        </Badge>
      </Table.Td>
      <Table.Td w={48} ta="right">
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`More for “${item.title}”`}>
              <IconDots size={16} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconTarget size={16} aria-hidden />} onClick={() => setLinkingGoal(true)}>
              Link to a goal…
            </Menu.Item>
            {item.status === 'open' ? (
              <Menu.Item
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => change({ status: 'dropped' })}
              >
                Drop
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={() => change({ status: 'open' })}
              >
                Reopen
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
        {linkingGoal ? <LinkGoalModal item={item} opened onClose={() => setLinkingGoal(false)} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}
