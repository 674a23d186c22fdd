import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { TimelineEntry, TimelineKind } from '@shared/timeline/timeline';
import { formatGoalValue } from '../goals/goal-format';

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  meeting: 'One-on-one',
  follow_up: 'Follow-up',
  check_in: 'Goal check-in',
  rating: 'Skill rating',
};
const KIND_COLORS: Record<TimelineKind, string> = {
  meeting: 'indigo',
  follow_up: 'teal',
  check_in: 'orange',
  rating: 'grape',
};
const OUTCOMES = { done: 'done', partly_done: 'partly done', not_done: 'not done', dropped: 'dropped' } as const;
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function entrySummary(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'meeting':
      return `${entry.status === 'held' ? 'Held' : entry.status === 'cancelled' ? 'Cancelled' : 'Scheduled'} · ${entry.actionItemCount} action item${entry.actionItemCount === 1 ? '' : 's'}${entry.excerpt ? ` · ${entry.excerpt}` : ''}`;
    case 'follow_up':
      return `${entry.actionItemTitle}: ${OUTCOMES[entry.outcome]}${entry.note ? ` — ${entry.note}` : ''}`;
    case 'check_in':
      return `${entry.goalTitle}: ${formatGoalValue(entry.value, entry.unit)}${entry.note ? ` — ${entry.note}` : ''}`;
    case 'rating':
      return `${entry.skillName}: ${entry.rating} of 5${entry.note ? ` — ${entry.note}` : ''}`;
  }
}

/** One row of the timeline: a button that opens the entry in full. */
export function TimelineRow({ entry, onOpen }: { entry: TimelineEntry; onOpen: (entry: TimelineEntry) => void }) {
  const day = dayFormat.format(new Date(entry.timestamp));
  return (
    <UnstyledButton
      onClick={() => onOpen(entry)}
      className="cb-timeline-row"
      w="100%"
      p="xs"
      aria-label={`${TIMELINE_KIND_LABELS[entry.kind]}, ${day}: open in full`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" w={96} style={{ flexShrink: 0 }}>
          {day}
        </Text>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge size="xs" variant="light" color={KIND_COLORS[entry.kind]} tt="none">
              {TIMELINE_KIND_LABELS[entry.kind]}
            </Badge>
            {entry.kind === 'meeting' && entry.hasPrivateNotes ? (
              <Text size="xs" c="dimmed">
                has private notes
              </Text>
            ) : null}
          </Group>
          <Text size="sm" lineClamp={1}>
            {entrySummary(entry)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
