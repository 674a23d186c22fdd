import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { Sparkline } from '@mantine/charts';
import type { TeamOverviewRow } from '@shared/accountability/accountability';
import { localDayOf, relativeDay } from '../accountability/format';
import { RateText } from '../accountability/RateText';
import { formatCalendarDay, formatInstantDay } from '../reps/format';

/** "Needs attention": the reasons in words, most important first. */
export function AttentionCell({ row }: { row: TeamOverviewRow }) {
  if (row.attentionReasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing pressing
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none" c={row.attentionScore >= 5 ? 'red.7' : 'orange.8'}>
      {row.attentionReasons.map((reason) => (
        <List.Item key={reason}>{reason}</List.Item>
      ))}
    </List>
  );
}

export function LastHeldCell({ row, today }: { row: TeamOverviewRow; today: string }) {
  return (
    <Stack gap={2} align="flex-start">
      {row.lastHeldOn ? (
        <>
          <Text size="sm">{formatCalendarDay(row.lastHeldOn)}</Text>
          <Text size="xs" c="dimmed">
            {relativeDay(row.lastHeldOn, today)}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          None yet
        </Text>
      )}
      {row.meetingOverdue ? (
        <Badge color="red" variant="light" radius="sm" tt="none" size="sm">
          Meeting overdue
        </Badge>
      ) : null}
    </Stack>
  );
}

export function NextMeetingCell({ row, today }: { row: TeamOverviewRow; today: string }) {
  if (!row.nextOneOnOneAt) {
    return (
      <Text size="sm" c="dimmed">
        None scheduled
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm">{formatInstantDay(row.nextOneOnOneAt)}</Text>
      <Text size="xs" c="dimmed">
        {relativeDay(localDayOf(row.nextOneOnOneAt), today)}
      </Text>
    </Stack>
  );
}

/** The rate and its 6-month trend; the line only draws months that had commitments due. */
export function FollowThroughCell({ row }: { row: TeamOverviewRow }) {
  const points = row.trend.map((point) =>
    point.followThroughRate === null ? null : Math.round(point.followThroughRate * 100),
  );
  const drawn = points.filter((point) => point !== null).length;
  return (
    <Group gap="sm" wrap="nowrap" justify="flex-end">
      {drawn >= 2 ? (
        <Sparkline
          data={points}
          w={72}
          h={26}
          curveType="monotone"
          color="indigo"
          fillOpacity={0.25}
          strokeWidth={1.6}
          aria-hidden
        />
      ) : null}
      <RateText rate={row.followThroughRate} size="sm" fw={600} miw={44} ta="right" />
    </Group>
  );
}

export function RateCell({ rate }: { rate: number | null }) {
  return <RateText rate={rate} size="sm" />;
}

export function CountCell({ count, tone }: { count: number; tone: 'orange' | 'red' }) {
  return count > 0 ? (
    <Badge variant="light" color={tone} radius="sm">
      {count}
    </Badge>
  ) : (
    <Text span size="sm" c="dimmed">
      0
    </Text>
  );
}
