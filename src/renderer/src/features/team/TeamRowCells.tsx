import { lazy, Suspense } from 'react';
import { Badge, Box, Group, List, Stack, Text } from '@mantine/core';
import type { TeamOverviewRow } from '@shared/accountability/accountability';
import { localDayOf, relativeDay } from '../accountability/format';
import { RateText } from '../accountability/RateText';
import { formatCalendarDay, formatInstantDay } from '../reps/format';

// The chart library is a third of the app's JavaScript; the team view is the first screen, so its
// sparklines are drawn once the library has loaded, in a box of the same size until then.
const Sparkline = lazy(async () => ({ default: (await import('@mantine/charts')).Sparkline }));

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
        <Suspense fallback={<Box w={72} h={26} aria-hidden />}>
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
        </Suspense>
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
