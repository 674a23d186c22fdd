import { Anchor, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { useApiQuery } from '../../api/queries';
import { EmptyPanel } from '../../components/EmptyPanel';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { AddToNextOneOnOneButton } from '../agenda/AddToNextOneOnOneButton';
import { ExportCalendarButton } from '../calendar/ExportCalendarButton';
import { ImportCalendarButton } from '../calendar/ImportCalendarButton';
import { groupMeetingsByDay } from './group-meetings';
import { dayHeading, formatMeetingTime } from './meeting-dates';
import { MeetingRowMenu } from './MeetingRowMenu';
import { useMeetingDialogs, type MeetingActions } from './use-meeting-dialogs';

const countLabel = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function UpcomingRow({ meeting, actions }: { meeting: MeetingSummary; actions: MeetingActions }) {
  const navigate = useNavigate();
  return (
    <Group justify="space-between" wrap="nowrap" px="md" py="xs" className="cb-list-row">
      <UnstyledButton
        onClick={() => void navigate(`/meetings/${meeting.id}`)}
        style={{ flex: 1, minWidth: 0 }}
        aria-label={`Open the one-on-one with ${meeting.repName} at ${formatMeetingTime(meeting.scheduledAt)}`}
      >
        <Group gap="md" wrap="nowrap">
          <Text fw={600} w={72} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMeetingTime(meeting.scheduledAt)}
          </Text>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={500} truncate>
              {meeting.repName}
            </Text>
            <Text size="xs" c="dimmed">
              {meeting.durationMinutes} min
              {meeting.actionItemCount ? ` · ${countLabel(meeting.actionItemCount, 'action item')}` : ''}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
      <Group gap={4} wrap="nowrap">
        <AddToNextOneOnOneButton repId={meeting.repId} repName={meeting.repName} />
        <MeetingRowMenu meeting={meeting} actions={actions} />
      </Group>
    </Group>
  );
}

/** Every scheduled one-on-one from today on, across reps, by day. */
export function UpcomingMeetingsPage() {
  const upcoming = useApiQuery('meetings.upcoming', {});
  const { actions, dialogs } = useMeetingDialogs();

  const body = () => {
    if (upcoming.isPending) return <LoadingRows label="Loading upcoming one-on-ones" rows={5} />;
    if (upcoming.isError) {
      return (
        <QueryError
          title="Could not load upcoming one-on-ones"
          error={upcoming.error}
          onRetry={() => void upcoming.refetch()}
          retrying={upcoming.isFetching}
        />
      );
    }
    if (upcoming.data.length === 0) {
      return (
        <EmptyPanel
          icon={<IconCalendarOff aria-hidden />}
          title="No one-on-ones scheduled"
          description="Import your one-on-ones from Outlook, Google or Apple Calendar (an .ics export), or open a rep and choose Schedule one-on-one; they show up here by day."
        >
          <ImportCalendarButton variant="filled" />
          <Anchor component={Link} to="/reps">
            Go to your reps
          </Anchor>
        </EmptyPanel>
      );
    }
    return (
      <Stack gap="lg">
        {groupMeetingsByDay(upcoming.data).map((day) => (
          <section key={day.day} aria-labelledby={`day-${day.day}`}>
            <Title order={2} fz="h5" mb={6} id={`day-${day.day}`}>
              {dayHeading(day.instant)}
            </Title>
            <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
              {day.meetings.map((meeting) => (
                <UpcomingRow key={meeting.id} meeting={meeting} actions={actions} />
              ))}
            </Paper>
          </section>
        ))}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title="One-on-ones"
        description="What is coming up with your reps, from today on."
        actions={
          <Group gap="xs">
            <ImportCalendarButton />
            {upcoming.data?.length ? <ExportCalendarButton /> : null}
          </Group>
        }
      />
      {body()}
      {dialogs}
    </>
  );
}
