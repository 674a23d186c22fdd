import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconCalendarOff } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { EmptyPanel } from '../../components/EmptyPanel';
import { PageHeader } from '../../components/PageHeader';
import { formatInstantDay } from '../reps/format';
import { FollowUpPanel } from './FollowUpPanel';

const parseId = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

/**
 * /meetings/:meetingId/follow-ups: the follow-up panel on its own page, for reviewing last
 * time's commitments before or after a one-on-one (the workspace shows the same panel beside the notes).
 */
export function MeetingFollowUpsPage() {
  const meetingId = parseId(useParams().meetingId);
  if (meetingId === null) {
    return (
      <EmptyPanel
        icon={<IconCalendarOff size={24} />}
        title="No such one-on-one"
        description="This link does not point to a one-on-one. Open the rep and pick the meeting from there."
      />
    );
  }
  return <MeetingFollowUps meetingId={meetingId} />;
}

function MeetingFollowUps({ meetingId }: { meetingId: number }) {
  const panel = useApiQuery('followUps.panel', { meetingId });
  const repId = panel.data?.repId;
  const title = panel.data
    ? `Follow-ups: ${panel.data.repName}, ${formatInstantDay(panel.data.meetingScheduledAt)}`
    : 'Follow-ups';
  const back = repId ? (
    <Anchor component={Link} to={`/reps/${repId}`} size="sm" c="dimmed">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        Back to {panel.data?.repName}
      </Group>
    </Anchor>
  ) : null;
  return (
    <>
      <PageHeader eyebrow={back} title={title} description="Check every earlier commitment before you plan new ones." />
      <Stack maw={860}>
        <FollowUpPanel meetingId={meetingId} />
      </Stack>
    </>
  );
}
