import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import type { MeetingStatus } from '@shared/meetings/meeting';
import type { Rep } from '@shared/reps/rep';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { MeetingsTable } from './MeetingsTable';
import { ScheduleMeetingModal } from './ScheduleMeetingModal';
import { useMeetingDialogs } from './use-meeting-dialogs';

const VIEWS: { value: MeetingStatus; label: string; empty: string }[] = [
  {
    value: 'scheduled',
    label: 'Upcoming',
    empty: 'Nothing scheduled. Schedule the next one-on-one to start its agenda.',
  },
  { value: 'held', label: 'Held', empty: 'No one-on-ones held yet. Mark one held when you have had it.' },
  { value: 'cancelled', label: 'Cancelled', empty: 'No cancelled one-on-ones.' },
];

const isStatus = (value: string): value is MeetingStatus => VIEWS.some((view) => view.value === value);

/** The rep page's one-on-ones: scheduled, held and cancelled, and the way to schedule the next. */
export function RepMeetingsSection({ rep }: { rep: Rep }) {
  const [status, setStatus] = useState<MeetingStatus>('scheduled');
  const [scheduling, setScheduling] = useState(false);
  const meetings = useApiQuery('meetings.listForRep', { repId: rep.id, status });
  const { actions, dialogs } = useMeetingDialogs();
  const view = VIEWS.find((candidate) => candidate.value === status) ?? VIEWS[0];
  // Upcoming reads soonest first; the record (held, cancelled) reads latest first, as main sends it.
  const rows = status === 'scheduled' ? [...(meetings.data ?? [])].reverse() : (meetings.data ?? []);

  const body = () => {
    if (meetings.isPending) return <LoadingRows label="Loading one-on-ones" rows={2} />;
    if (meetings.isError) {
      return (
        <QueryError
          title="Could not load the one-on-ones"
          error={meetings.error}
          onRetry={() => void meetings.refetch()}
          retrying={meetings.isFetching}
        />
      );
    }
    if (rows.length === 0) {
      return (
        <Text size="sm" c="dimmed" py="sm">
          {view?.empty}
        </Text>
      );
    }
    return <MeetingsTable meetings={rows} actions={actions} label={`${view?.label ?? ''} one-on-ones`} />;
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rep-meetings-heading">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Title order={2} fz="h4" id="rep-meetings-heading">
          One-on-ones
        </Title>
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label="Which one-on-ones"
            data={VIEWS.map(({ value, label }) => ({ value, label }))}
            value={status}
            onChange={(value) => {
              if (isStatus(value)) setStatus(value);
            }}
          />
          <Button
            size="xs"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setScheduling(true)}
            disabled={rep.status === 'archived'}
          >
            Schedule one-on-one
          </Button>
        </Group>
      </Group>
      {body()}
      <ScheduleMeetingModal rep={rep} opened={scheduling} onClose={() => setScheduling(false)} />
      {dialogs}
    </Paper>
  );
}
