import { ActionIcon, Menu } from '@mantine/core';
import { IconCalendarTime, IconCheck, IconDots, IconExternalLink, IconRestore, IconX } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { formatMeetingDateTime } from './meeting-dates';
import type { MeetingActions } from './use-meeting-dialogs';

/** Per-row actions; the accessible name says which meeting, since every row has one. */
export function MeetingRowMenu({ meeting, actions }: { meeting: MeetingSummary; actions: MeetingActions }) {
  const navigate = useNavigate();
  const when = formatMeetingDateTime(meeting.scheduledAt);
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Actions for the one-on-one with ${meeting.repName}, ${when}`}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconExternalLink size={16} aria-hidden />}
          onClick={() => void navigate(`/meetings/${meeting.id}`)}
        >
          Open
        </Menu.Item>
        {meeting.status === 'cancelled' ? (
          <Menu.Item leftSection={<IconRestore size={16} aria-hidden />} onClick={() => actions.restore(meeting)}>
            Put back on the schedule
          </Menu.Item>
        ) : null}
        {/* A held one-on-one's date is part of the record (main refuses to move it). */}
        {meeting.status === 'scheduled' ? (
          <>
            <Menu.Item
              leftSection={<IconCalendarTime size={16} aria-hidden />}
              onClick={() => actions.reschedule(meeting)}
            >
              Reschedule
            </Menu.Item>
            <Menu.Item leftSection={<IconCheck size={16} aria-hidden />} onClick={() => actions.markHeld(meeting)}>
              Mark held
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => actions.cancel(meeting)}
            >
              Cancel
            </Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
