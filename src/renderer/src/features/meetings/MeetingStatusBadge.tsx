import { Badge } from '@mantine/core';
import type { MeetingStatus } from '@shared/meetings/meeting';

const LOOK: Record<MeetingStatus, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'indigo' },
  held: { label: 'Held', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { label, color } = LOOK[status];
  return (
    <Badge variant="light" color={color} radius="sm" tt="none">
      {label}
    </Badge>
  );
}
