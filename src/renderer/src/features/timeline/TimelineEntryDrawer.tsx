import { Anchor, Drawer, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { tiptapToPlainText } from '@shared/notes/tiptap-json';
import type { TimelineEntry } from '@shared/timeline/timeline';
import { useApiQuery } from '../../api/queries';
import { formatGoalValue } from '../goals/goal-format';
import { entrySummary, TIMELINE_KIND_LABELS } from './TimelineRow';

function NotesBlock({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Title order={3} fz="sm" mb={4}>
        {title}
      </Title>
      <Text size="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {text || 'None written.'}
      </Text>
    </div>
  );
}

function EntryDetail({ entry }: { entry: TimelineEntry }) {
  const detail = useApiQuery('timeline.entry', { kind: entry.kind, id: entry.id });
  if (detail.isPending) return <Skeleton h={200} aria-label="Loading the entry" />;
  if (detail.isError) return <Text c="red">{detail.error.message}</Text>;
  const data = detail.data;
  if (data.kind === 'meeting') {
    return (
      <Stack gap="md">
        <Anchor component={Link} to={`/meetings/${data.meeting.id}`}>
          Open the one-on-one
        </Anchor>
        <NotesBlock title="Shared notes" text={tiptapToPlainText(data.sharedNotes)} />
        <NotesBlock title="Private notes" text={tiptapToPlainText(data.privateNotes)} />
        <div>
          <Title order={3} fz="sm" mb={4}>
            Action items agreed
          </Title>
          {data.actionItems.length === 0 ? (
            <Text size="sm" c="dimmed">
              None.
            </Text>
          ) : (
            <List size="sm">
              {data.actionItems.map((item) => (
                <List.Item key={item.id}>
                  {item.title} ({item.status})
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {data.followUps.length + data.ratings.length + data.checkIns.length > 0 ? (
          <List size="sm" aria-label="Also recorded in this one-on-one">
            {data.followUps.map((item) => (
              <List.Item key={`f${item.id}`}>{entrySummary(item)}</List.Item>
            ))}
            {data.ratings.map((rating) => (
              <List.Item key={`r${rating.id}`}>
                {rating.skillName}: {rating.rating} of 5{rating.note ? ` — ${rating.note}` : ''}
              </List.Item>
            ))}
            {data.checkIns.map((checkIn) => (
              <List.Item key={`c${checkIn.id}`}>
                Check-in {checkIn.date}: {checkIn.value}
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    );
  }
  if (data.kind === 'check_in') {
    return (
      <Stack gap="xs">
        <Anchor component={Link} to={`/goals/${data.goal.id}`}>
          {data.goal.title}
        </Anchor>
        <Text size="sm">
          {data.checkIn.date}: {formatGoalValue(data.checkIn.value, data.goal.unit)}
        </Text>
        <Text size="sm" c="dimmed">
          {data.checkIn.note ?? 'No note.'}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/meetings/${data.meeting.id}`}>
        Open the one-on-one
      </Anchor>
      <Text size="sm">{entrySummary(data.entry)}</Text>
    </Stack>
  );
}

/** An entry of the timeline in full, beside the list so the manager keeps their place. */
export function TimelineEntryDrawer({ entry, onClose }: { entry: TimelineEntry | null; onClose: () => void }) {
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={entry ? TIMELINE_KIND_LABELS[entry.kind] : ''}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {entry ? <EntryDetail entry={entry} /> : null}
    </Drawer>
  );
}
