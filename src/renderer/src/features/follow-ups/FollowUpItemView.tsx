import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconNote } from '@tabler/icons-react';
import {
  FOLLOW_UP_OUTCOME_LABELS,
  FOLLOW_UP_OUTCOMES,
  type FollowUpOutcome,
  type FollowUpPanelItem,
} from '@shared/follow-ups/follow-up';
import { daysOverdueText } from '../accountability/format';
import { formatCalendarDay, formatInstantDay } from '../reps/format';
import { OUTCOME_KEYS } from './follow-up-keys';
import { OUTCOME_COLORS } from './outcome-colors';
import { ownerLabel } from '../action-items/action-item-labels';

interface FollowUpItemViewProps {
  ref?: Ref<HTMLLIElement>;
  item: FollowUpPanelItem;
  active: boolean;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onRecord: (outcome: FollowUpOutcome) => void;
  onUndo: () => void;
  onOpenNote: () => void;
  disabled: boolean;
  /** The note editor, when open. */
  children?: ReactNode;
}

function origin(item: FollowUpPanelItem): string {
  if (item.originMeetingAt) return `From the one-on-one on ${formatInstantDay(item.originMeetingAt)}`;
  return `Added on ${formatInstantDay(item.createdAt)}`;
}

/** The due date this meeting reviewed: a new one it set shows with the recorded outcome below. */
function dueText(item: FollowUpPanelItem): string {
  const reviewed = item.check?.newDueDate ? item.check.previousDueDate : item.dueDate;
  return reviewed ? `Due ${formatCalendarDay(reviewed)}` : 'No due date';
}

function RecordedOutcome({ item }: { item: FollowUpPanelItem }) {
  const { check } = item;
  if (!check) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={OUTCOME_COLORS[check.outcome]} variant="light" radius="sm" tt="none">
        Recorded: {FOLLOW_UP_OUTCOME_LABELS[check.outcome]}
      </Badge>
      {check.newDueDate ? (
        <Text size="xs" c="dimmed">
          New due date {formatCalendarDay(check.newDueDate)}
        </Text>
      ) : null}
      {check.note ? (
        <Text size="xs" fs="italic">
          “{check.note}”
        </Text>
      ) : null}
    </Group>
  );
}

/** One commitment up for follow-up: where it came from, how late it is, and the outcome buttons. */
export function FollowUpItemView({
  ref,
  item,
  active,
  onFocus,
  onKeyDown,
  onRecord,
  onUndo,
  onOpenNote,
  disabled,
  children,
}: FollowUpItemViewProps) {
  const titleId = `follow-up-${item.actionItemId}-title`;
  const metaId = `follow-up-${item.actionItemId}-meta`;
  const current = item.check?.outcome ?? null;
  return (
    <li
      ref={ref}
      tabIndex={active ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
      onKeyDown={onKeyDown}
      aria-labelledby={titleId}
      aria-describedby={metaId}
      data-active={active}
      data-closed={item.status !== 'open'}
      className="cb-follow-up-item"
      style={{ padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md)' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} id={titleId} td={item.status === 'dropped' ? 'line-through' : undefined}>
            {item.title}
          </Text>
          <Group gap={6} wrap="nowrap">
            {item.carryCount > 0 ? (
              <Badge variant="outline" color="orange" radius="sm" tt="none" size="sm">
                Carried {item.carryCount}×
              </Badge>
            ) : null}
            <Badge variant="light" color={item.owner === 'rep' ? 'indigo' : 'grape'} radius="sm" tt="none" size="sm">
              {ownerLabel(item.owner)}
            </Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed" id={metaId}>
          {origin(item)}
          {' · '}
          {dueText(item)}
          {item.daysOverdue > 0 ? (
            <Text span size="xs" c="red" fw={600}>
              {' · '}
              {daysOverdueText(item.daysOverdue)}
            </Text>
          ) : null}
          {/* The badge shows it; the description (aria-describedby) says it in words. */}
          {item.carryCount > 0 ? (
            <span className="cb-visually-hidden">
              {` · carried over ${item.carryCount} ${item.carryCount === 1 ? 'time' : 'times'}`}
            </span>
          ) : null}
        </Text>
        <Group gap={6} wrap="wrap">
          {FOLLOW_UP_OUTCOMES.map((outcome) => (
            <Button
              key={outcome}
              size="compact-sm"
              variant={current === outcome ? 'filled' : 'default'}
              color={OUTCOME_COLORS[outcome]}
              aria-pressed={current === outcome}
              aria-keyshortcuts={OUTCOME_KEYS[outcome]}
              disabled={disabled}
              tabIndex={active ? 0 : -1}
              onClick={() => onRecord(outcome)}
            >
              {FOLLOW_UP_OUTCOME_LABELS[outcome]}
            </Button>
          ))}
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconNote size={14} aria-hidden />}
            aria-keyshortcuts="Enter"
            tabIndex={active ? 0 : -1}
            onClick={onOpenNote}
          >
            Note
          </Button>
          {item.check ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              aria-keyshortcuts="U Control+Z Meta+Z"
              disabled={disabled}
              tabIndex={active ? 0 : -1}
              onClick={onUndo}
            >
              Undo
            </Button>
          ) : null}
        </Group>
        <RecordedOutcome item={item} />
        {children}
      </Stack>
    </li>
  );
}
