import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconCalendarEvent, IconChecklist } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OverdueMeeting, RepFollowUps, TodayOneOnOne } from '@shared/reminders/reminders';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { formatTime, pluralize } from '../accountability/format';

function TodayColumn({
  title,
  icon,
  empty,
  children,
}: {
  title: string;
  icon: ReactNode;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Group gap={6} wrap="nowrap">
        {icon}
        <Title order={3} fz="sm" fw={700}>
          {title}
        </Title>
      </Group>
      {empty === null ? (
        children
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

/** Past this many, a column says "and N more": the team table below has every rep. */
const MAX_LISTED = 5;

function More({ total }: { total: number }) {
  if (total <= MAX_LISTED) return null;
  return (
    <Text size="sm" c="dimmed" mt={4}>
      and {total - MAX_LISTED} more in the table below
    </Text>
  );
}

function OneOnOnes({ meetings }: { meetings: TodayOneOnOne[] }) {
  return (
    <List spacing={4} size="sm" listStyleType="none">
      {meetings.map((meeting) => (
        <List.Item key={meeting.meetingId}>
          <Group gap={6} wrap="nowrap">
            <Text span size="sm" c="dimmed" miw={64}>
              {formatTime(meeting.scheduledAt)}
            </Text>
            {/* The meeting's own workspace: the follow-ups of last time's commitments open there. */}
            <Anchor component={Link} to={`/meetings/${meeting.meetingId}`} size="sm">
              {meeting.repName}
            </Anchor>
            {meeting.status === 'held' ? (
              <Badge size="xs" variant="light" color="teal" tt="none">
                Held
              </Badge>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function FollowUpsDue({ groups }: { groups: RepFollowUps[] }) {
  return (
    <div>
      <List spacing={4} size="sm" listStyleType="none">
        {groups.slice(0, MAX_LISTED).map((group) => {
          const overdue = group.items.filter((item) => item.daysOverdue > 0).length;
          return (
            <List.Item key={group.repId}>
              <Anchor component={Link} to={`/reps/${group.repId}`} size="sm">
                {group.repName}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {' — '}
                {pluralize(group.items.length, 'commitment')}
                {overdue > 0 ? `, ${overdue} overdue` : ' due today'}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <More total={groups.length} />
    </div>
  );
}

function MeetingsOverdue({ meetings }: { meetings: OverdueMeeting[] }) {
  return (
    <div>
      <List spacing={4} size="sm" listStyleType="none">
        {meetings.slice(0, MAX_LISTED).map((meeting) => (
          <List.Item key={meeting.repId}>
            <Anchor component={Link} to={`/reps/${meeting.repId}`} size="sm">
              {meeting.repName}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {' — '}
              {meeting.daysSinceLastHeld === null
                ? 'no one-on-one held yet'
                : `no one-on-one for ${meeting.daysSinceLastHeld} days`}
              {meeting.nextOneOnOneAt ? '' : ', none scheduled'}
            </Text>
          </List.Item>
        ))}
      </List>
      <More total={meetings.length} />
    </div>
  );
}

/** The "Today" list: what to do today, before the team table says who needs attention over time. */
export function TodayCard() {
  const today = useApiQuery('reminders.today', {});
  if (today.isPending) return <LoadingRows label="Loading today's reminders" rows={2} />;
  if (today.isError) {
    return (
      <QueryError
        title="Could not load today's reminders"
        error={today.error}
        onRetry={() => void today.refetch()}
        retrying={today.isFetching}
      />
    );
  }
  const { oneOnOnes, followUpsDue, meetingsOverdue } = today.data;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="today-heading">
      <Title order={2} fz="h4" mb="sm" id="today-heading">
        Today
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <TodayColumn
          title="One-on-ones today"
          icon={<IconCalendarEvent size={16} aria-hidden />}
          empty={oneOnOnes.length === 0 ? 'No one-on-ones today.' : null}
        >
          <OneOnOnes meetings={oneOnOnes} />
        </TodayColumn>
        <TodayColumn
          title="Follow-ups due"
          icon={<IconChecklist size={16} aria-hidden />}
          empty={followUpsDue.length === 0 ? 'No commitments due or overdue.' : null}
        >
          <FollowUpsDue groups={followUpsDue} />
        </TodayColumn>
        <TodayColumn
          title="Meetings overdue"
          icon={<IconAlarm size={16} aria-hidden />}
          empty={meetingsOverdue.length === 0 ? 'Every rep is within their cadence.' : null}
        >
          <MeetingsOverdue meetings={meetingsOverdue} />
        </TodayColumn>
      </SimpleGrid>
    </Paper>
  );
}
