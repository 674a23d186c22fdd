import { Button, Group, Popover, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendarDue, IconUser } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { ActionItemOwner } from '@shared/action-items/action-item';
import { formatDueDate } from './format-due-date';
import { OWNER_OPTIONS, ownerLabel } from '../../../action-items/action-item-labels';

export interface ActionItemDetails {
  owner: ActionItemOwner;
  dueDate: string | null;
}

interface ActionItemChipProps extends ActionItemDetails {
  /** The task item's text, for the accessible name. */
  title: string;
  done: boolean;
  disabled: boolean;
  onChange: (details: Partial<ActionItemDetails>) => void;
}

/** The manager is the one using the app, so their own items read "You". */

/**
 * Owner and due date of an action item, shown after its text. A real button (Tab reaches it,
 * Enter opens it, Mod-Shift-A from inside the item too) with a popover to change both.
 */
export function ActionItemChip({ title, owner, dueDate, done, disabled, onChange }: ActionItemChipProps) {
  const [opened, setOpened] = useState(false);
  const ownerLabelId = useId();
  const due = formatDueDate(dueDate);
  const summary = `${ownerLabel(owner)} · ${due ? `due ${due}` : 'no due date'}`;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus withinPortal returnFocus>
      <Popover.Target>
        <UnstyledButton
          contentEditable={false}
          data-action-item-chip=""
          disabled={disabled}
          onClick={() => setOpened((value) => !value)}
          aria-haspopup="dialog"
          aria-expanded={opened}
          aria-label={`Owner and due date of “${title || 'empty task item'}”: ${summary}`}
          style={{
            flex: 'none',
            fontSize: 'var(--mantine-font-size-xs)',
            lineHeight: 1.6,
            padding: '0 var(--mantine-spacing-xs)',
            borderRadius: 'var(--mantine-radius-xl)',
            border: '1px solid var(--mantine-color-default-border)',
            color: owner === 'manager' ? 'var(--mantine-color-violet-text)' : 'var(--mantine-color-dimmed)',
            opacity: done ? 0.6 : 1,
            whiteSpace: 'nowrap',
            userSelect: 'none',
          }}
        >
          {summary}
        </UnstyledButton>
      </Popover.Target>
      {/* Mantine names the dropdown after its target (aria-labelledby): "Owner and due date of …". */}
      <Popover.Dropdown>
        <Stack gap="sm">
          <Stack gap={4}>
            <Group gap={6}>
              <IconUser size={14} aria-hidden />
              <Text size="sm" fw={500} id={ownerLabelId}>
                Owner
              </Text>
            </Group>
            <SegmentedControl
              aria-labelledby={ownerLabelId}
              value={owner}
              onChange={(value) => onChange({ owner: value === 'manager' ? 'manager' : 'rep' })}
              data={OWNER_OPTIONS}
            />
          </Stack>
          <Stack gap={4}>
            <Group gap={6}>
              <IconCalendarDue size={14} aria-hidden />
              <Text size="sm" fw={500}>
                Due date
              </Text>
            </Group>
            <DatePicker
              aria-label="Due date"
              size="xs"
              allowDeselect
              value={dueDate}
              // Open on the due date's month, not today's.
              defaultDate={dueDate ?? undefined}
              onChange={(value) => onChange({ dueDate: value ?? null })}
            />
            <Group justify="space-between">
              <Button
                size="compact-xs"
                variant="subtle"
                disabled={!dueDate}
                onClick={() => onChange({ dueDate: null })}
              >
                Clear due date
              </Button>
              <Button size="compact-xs" variant="light" onClick={() => setOpened(false)}>
                Done
              </Button>
            </Group>
          </Stack>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
