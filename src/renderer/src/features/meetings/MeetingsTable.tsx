import { useState, type MouseEvent } from 'react';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { formatMeetingDateTime } from './meeting-dates';
import { MeetingRowMenu } from './MeetingRowMenu';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import type { MeetingActions } from './use-meeting-dialogs';

interface MeetingsTableProps {
  meetings: MeetingSummary[];
  actions: MeetingActions;
  label: string;
}

/** A rep's one-on-ones. The date link is the keyboard way in; the whole row opens it for the mouse. */
export function MeetingsTable({ meetings, actions, label }: MeetingsTableProps) {
  const navigate = useNavigate();
  // When the list was shown is precise enough for "this one is in the past".
  const [now] = useState(() => Date.now());
  const openFromRow = (event: MouseEvent<HTMLTableRowElement>, meeting: MeetingSummary) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('a, button, [role="menu"]')) return;
    void navigate(`/meetings/${meeting.id}`);
  };
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Length</Table.Th>
          <Table.Th>Action items</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>
            <span className="cb-visually-hidden">Actions</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((meeting) => (
          <Table.Tr key={meeting.id} className="cb-clickable-row" onClick={(event) => openFromRow(event, meeting)}>
            <Table.Td>
              <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600} c="inherit" underline="hover">
                {formatMeetingDateTime(meeting.scheduledAt)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{meeting.durationMinutes} min</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={meeting.actionItemCount ? undefined : 'dimmed'}>
                {meeting.actionItemCount}
              </Text>
            </Table.Td>
            <Table.Td>
              <MeetingStatusBadge status={meeting.status} />
              {meeting.status === 'scheduled' && new Date(meeting.scheduledAt).getTime() < now ? (
                <Badge variant="outline" color="orange" radius="sm" tt="none" ml={6}>
                  Not marked held
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td ta="right" w={56}>
              <MeetingRowMenu meeting={meeting} actions={actions} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
