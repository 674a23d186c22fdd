import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import {
  CommitmentsPart,
  FocusPart,
  FollowThroughPart,
  GoalsPart,
  LastMeetingPart,
  NoData,
  TalkingPointsPart,
} from './BriefParts';

interface PreMeetingBriefProps {
  repId: number;
  /** In a one-on-one: "last meeting" is then the one held before it. */
  meetingId?: number;
  /** The side panel of a one-on-one: one column, smaller type. */
  compact?: boolean;
}

const daysText = (days: number) => (days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`);

/** The pre-meeting brief: one API call, every part linking to where it came from. */
export function PreMeetingBrief({ repId, meetingId, compact = false }: PreMeetingBriefProps) {
  const query = useApiQuery('brief.forRep', { repId, meetingId: meetingId ?? null });
  const prefix = compact ? `brief-${repId}-c` : `brief-${repId}`;
  const headingId = `${prefix}-heading`;

  let body;
  if (query.isPending) body = <Skeleton h={compact ? 160 : 220} radius="md" aria-label="Loading the brief" />;
  else if (query.isError)
    body = (
      <QueryError
        title="Could not load the brief"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else {
    const brief = query.data;
    const parts = [
      <LastMeetingPart key="last" brief={brief} prefix={prefix} />,
      <CommitmentsPart key="open" brief={brief} prefix={prefix} />,
      <FollowThroughPart key="ft" brief={brief} prefix={prefix} />,
      <GoalsPart key="goals" brief={brief} prefix={prefix} />,
      <FocusPart key="focus" brief={brief} prefix={prefix} />,
      <TalkingPointsPart key="tp" brief={brief} prefix={prefix} />,
    ];
    body = (
      <Stack gap="sm">
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Last one-on-one:
          </Text>
          <Text size="sm" fw={600} data-testid="brief-days-since">
            {brief.daysSinceLastOneOnOne === null ? <NoData /> : daysText(brief.daysSinceLastOneOnOne)}
          </Text>
        </Group>
        {compact ? (
          <Stack gap="sm">{parts}</Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
            {parts}
          </SimpleGrid>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p={compact ? 'sm' : 'lg'} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} fz={compact ? 'h6' : 'h5'} id={headingId}>
          Pre-meeting brief
        </Title>
        {compact ? (
          <Anchor component={Link} to={`/reps/${repId}`} size="xs">
            Rep page
          </Anchor>
        ) : (
          <Anchor component={Link} to={`/reps/${repId}/history`} size="sm">
            Full history
          </Anchor>
        )}
      </Group>
      {body}
    </Paper>
  );
}
