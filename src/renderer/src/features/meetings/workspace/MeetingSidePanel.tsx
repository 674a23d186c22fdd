import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ActionItem } from '@shared/action-items/action-item';
import { daysOverdue, formatDueDate, overdueLabel } from '../../action-items/due-dates';
import { PreMeetingBrief } from '../../brief/PreMeetingBrief';
import { FollowUpPanel } from '../../follow-ups';
import { MeetingCheckInBlock } from '../../goals/MeetingCheckInBlock';
import { SkillRatingsBlock } from '../../skills/SkillRatingsBlock';
import { ownerLabel } from '../../action-items/action-item-labels';

function ItemLine({ item }: { item: ActionItem }) {
  const overdue = daysOverdue(item);
  return (
    <List.Item>
      <Stack gap={0}>
        <Text
          size="sm"
          td={item.status === 'dropped' ? 'line-through' : undefined}
          c={item.status === 'open' ? undefined : 'dimmed'}
        >
          {item.title}
        </Text>
        <Group gap={6}>
          <Text size="xs" c={item.owner === 'manager' ? 'violet' : 'dimmed'}>
            {ownerLabel(item.owner)}
          </Text>
          <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
            {item.dueDate ? `due ${formatDueDate(item.dueDate)}` : 'no due date'}
            {overdue ? ` · ${overdueLabel(overdue)}` : ''}
          </Text>
          {item.status !== 'open' ? (
            <Badge size="xs" variant="light" color={item.status === 'done' ? 'teal' : 'gray'} tt="none">
              {item.status === 'done' ? 'Done' : 'Dropped'}
            </Badge>
          ) : null}
        </Group>
      </Stack>
    </List.Item>
  );
}

/**
 * The side panel: the follow-up of earlier commitments first (the accountability loop is the
 * point of the meeting), then what was agreed here, the skill ratings, and the brief.
 */
export function MeetingSidePanel({
  meetingId,
  repId,
  meetingDay,
  actionItems,
}: {
  meetingId: number;
  repId: number;
  /** The one-on-one's calendar day (yyyy-MM-dd, local). */
  meetingDay: string;
  actionItems: ActionItem[];
}) {
  return (
    <Stack gap="md">
      <FollowUpPanel meetingId={meetingId} />
      <section aria-labelledby="agreed-heading">
        <Title order={2} fz="h5" mb="xs" id="agreed-heading">
          Action items agreed in this meeting
        </Title>
        {actionItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet. Type “[ ] ” in the shared notes to add one.
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-label="Action items agreed in this meeting">
            {actionItems.map((item) => (
              <ItemLine key={item.id} item={item} />
            ))}
          </List>
        )}
      </section>
      <SkillRatingsBlock meetingId={meetingId} />
      <MeetingCheckInBlock meetingId={meetingId} repId={repId} meetingDay={meetingDay} />
      <PreMeetingBrief repId={repId} meetingId={meetingId} compact />
    </Stack>
  );
}
