import { useCallback, useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconCalendarQuestion } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../../api/queries';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { LoadingRows } from '../../../components/LoadingRows';
import { QueryError } from '../../../components/QueryError';
import { MeetingWorkspaceView } from './MeetingWorkspaceView';

const parseId = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

function MeetingNotFound() {
  return (
    <EmptyPanel
      icon={<IconCalendarQuestion aria-hidden />}
      title="This one-on-one does not exist"
      description="The link may be out of date. Pick the meeting from your one-on-ones instead."
    >
      <Button component={Link} to="/meetings" variant="light">
        Back to one-on-ones
      </Button>
    </EmptyPanel>
  );
}

export function MeetingWorkspacePage() {
  const meetingId = parseId(useParams().meetingId);
  // The key remounts the workspace per meeting, so one meeting's editors never show another's notes.
  return meetingId === null ? <MeetingNotFound /> : <MeetingWorkspaceLoader key={meetingId} meetingId={meetingId} />;
}

function MeetingWorkspaceLoader({ meetingId }: { meetingId: number }) {
  // Editors own their content once open: a background refetch must not reset them, so the
  // workspace is read once and refreshed only on purpose (Reload after a conflict).
  const workspace = useApiQuery(
    'meetings.open',
    { id: meetingId },
    { staleTime: Infinity, refetchOnWindowFocus: false },
  );
  const [generation, setGeneration] = useState(0);

  const { refetch } = workspace;
  // Stable, so a save's update of the cached workspace does not re-render the open meeting.
  const reload = useCallback(() => {
    void refetch().then(() => setGeneration((value) => value + 1));
  }, [refetch]);

  if (workspace.isPending) return <LoadingRows label="Opening the one-on-one" rows={6} />;
  if (workspace.isError) {
    if (workspace.error.code === 'not_found') return <MeetingNotFound />;
    return (
      <Stack>
        <QueryError
          title="Could not open this one-on-one"
          error={workspace.error}
          onRetry={() => void workspace.refetch()}
          retrying={workspace.isFetching}
        />
      </Stack>
    );
  }
  return <MeetingWorkspaceView key={generation} workspace={workspace.data} onReload={reload} />;
}
