import { useState } from 'react';
import { ActionIcon, Badge, List, Paper, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { CheckHistoryEntry, CommitmentWithHistory } from '@shared/accountability/accountability';
import { FOLLOW_UP_OUTCOME_LABELS } from '@shared/follow-ups/follow-up';
import { formatCalendarDay, formatInstantDay } from '../reps/format';
import { OUTCOME_COLORS } from '../follow-ups/outcome-colors';

const STATUS: Record<CommitmentWithHistory['status'], { label: string; color: string }> = {
  open: { label: 'Open', color: 'orange' },
  done: { label: 'Done', color: 'teal' },
  dropped: { label: 'Dropped', color: 'gray' },
};

function CheckEntry({ check }: { check: CheckHistoryEntry }) {
  return (
    <List.Item>
      <Text span size="sm">
        {formatInstantDay(check.meetingScheduledAt)}:{' '}
      </Text>
      <Badge size="sm" variant="light" color={OUTCOME_COLORS[check.outcome]} tt="none" radius="sm">
        {FOLLOW_UP_OUTCOME_LABELS[check.outcome]}
      </Badge>
      {check.newDueDate ? (
        <Text span size="sm" c="dimmed">
          {' '}
          — due date moved {check.previousDueDate ? `from ${formatCalendarDay(check.previousDueDate)} ` : ''}to{' '}
          {formatCalendarDay(check.newDueDate)}
        </Text>
      ) : null}
      {check.note ? (
        <Text span size="sm" fs="italic">
          {' '}
          “{check.note}”
        </Text>
      ) : null}
    </List.Item>
  );
}

function CommitmentRow({ item }: { item: CommitmentWithHistory }) {
  const [open, setOpen] = useState(false);
  const historyId = `commitment-${item.id}-history`;
  const status = STATUS[item.status];
  return (
    <>
      <Table.Tr>
        <Table.Td w={40}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={historyId}
            aria-label={`${open ? 'Hide' : 'Show'} check history of ${item.title}`}
          >
            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={500}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed">
            {item.meetingScheduledAt
              ? `Agreed ${formatInstantDay(item.meetingScheduledAt)}`
              : `Added ${formatInstantDay(item.createdAt)}`}
          </Text>
        </Table.Td>
        <Table.Td>
          {formatCalendarDay(item.dueDate) ?? (
            <Text span size="sm" c="dimmed">
              No due date
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Badge variant="light" color={status.color} radius="sm" tt="none">
            {status.label}
          </Badge>
          {item.completedOn ? (
            <Text span size="xs" c="dimmed" ml={6}>
              {formatCalendarDay(item.completedOn)}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td ta="right">{item.carryCount}</Table.Td>
        <Table.Td ta="right">{item.checks.length}</Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={historyId}>
          <Table.Td />
          <Table.Td colSpan={5}>
            {item.checks.length === 0 ? (
              <Text size="sm" c="dimmed">
                Not followed up yet.
              </Text>
            ) : (
              <List size="sm" spacing={4} aria-label={`Check history of ${item.title}`}>
                {item.checks.map((check) => (
                  <CheckEntry key={`${check.meetingId}-${check.createdAt}`} check={check} />
                ))}
              </List>
            )}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/** Commitments with their full follow-up history, one expandable row each. */
export function CommitmentHistoryTable({
  items,
  label,
  empty,
}: {
  items: CommitmentWithHistory[];
  label: string;
  empty: string;
}) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <span className="cb-visually-hidden">History</span>
              </Table.Th>
              <Table.Th>Commitment</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Carried</Table.Th>
              <Table.Th ta="right">Checks</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <CommitmentRow key={item.id} item={item} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
