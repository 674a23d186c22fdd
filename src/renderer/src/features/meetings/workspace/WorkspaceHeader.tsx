import type { ReactNode } from 'react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarTime, IconCheck, IconRestore, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { formatMeetingLong } from '../meeting-dates';
import { MeetingStatusBadge } from '../MeetingStatusBadge';
import type { MeetingActions } from '../use-meeting-dialogs';

interface WorkspaceHeaderProps {
  meeting: MeetingSummary;
  actions: MeetingActions;
  /** The notes' save state, always in view. */
  saveState: ReactNode;
  /** The Export menu (features/exports). */
  exportMenu?: ReactNode;
}

export function WorkspaceHeader({ meeting, actions, saveState, exportMenu }: WorkspaceHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md" mb="md">
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Anchor component={Link} to="/meetings" size="sm" c="dimmed">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            Back to one-on-ones
          </Group>
        </Anchor>
        <Group gap="sm" wrap="wrap">
          <Title order={1} fz="h2">
            One-on-one with{' '}
            <Anchor component={Link} to={`/reps/${meeting.repId}`} inherit>
              {meeting.repName}
            </Anchor>
          </Title>
          <MeetingStatusBadge status={meeting.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {formatMeetingLong(meeting.scheduledAt)} · {meeting.durationMinutes} min
        </Text>
      </Stack>
      <Group gap="sm" wrap="wrap">
        {/* A fixed width, so "Saved" turning into "Saving…" never re-wraps the header and shifts the page under the pointer. */}
        <Group justify="flex-end" miw={84}>
          {saveState}
        </Group>
        {exportMenu}
        {meeting.status === 'scheduled' ? (
          <>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconCalendarTime size={16} aria-hidden />}
              onClick={() => actions.reschedule(meeting)}
            >
              Reschedule
            </Button>
            <Button
              variant="default"
              size="sm"
              color="red"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => actions.cancel(meeting)}
            >
              Cancel
            </Button>
            <Button
              size="sm"
              leftSection={<IconCheck size={16} aria-hidden />}
              onClick={() => actions.markHeld(meeting)}
              loading={actions.pending}
            >
              Mark held
            </Button>
          </>
        ) : null}
        {meeting.status === 'cancelled' ? (
          <Button
            variant="default"
            size="sm"
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={() => actions.restore(meeting)}
          >
            Put back on the schedule
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
