import { ActionIcon, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { Rep } from '@shared/reps/rep';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { RepDefaultAgendaSelect } from './RepDefaultAgendaSelect';
import { TalkingPointInput } from './TalkingPointInput';
import { useQueueTalkingPoint } from './use-queue-talking-point';

/** The rep page's "Add to next one-on-one": queued points, shown until a meeting discusses them. */
export function RepTalkingPointsSection({ rep }: { rep: Rep }) {
  const points = useApiQuery('talkingPoints.list', { repId: rep.id });
  const queue = useQueueTalkingPoint();
  const remove = useApiMutation('talkingPoints.remove', {
    invalidates: ['talkingPoints.*', 'meetings.open'],
    errorTitle: 'Could not remove the talking point',
  });
  const queued = (points.data ?? []).filter((point) => point.status === 'queued');

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rep-talking-points-heading">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id="rep-talking-points-heading">
            Next one-on-one
          </Title>
          <Text size="sm" c="dimmed">
            Park what you want to raise; it lands on the next agenda and carries over until discussed.
          </Text>
        </div>
        <TalkingPointInput
          repName={rep.name}
          pending={queue.isPending}
          onSubmit={(text) => queue.mutate({ repId: rep.id, text })}
        />
        {points.isError ? (
          <QueryError
            title="Could not load talking points"
            error={points.error}
            onRetry={() => void points.refetch()}
          />
        ) : queued.length === 0 ? (
          <Text size="sm" c="dimmed">
            {points.isPending ? 'Loading…' : 'Nothing queued.'}
          </Text>
        ) : (
          <List spacing={4} listStyleType="none" aria-label="Queued talking points">
            {queued.map((point) => (
              <List.Item key={point.id}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">{point.text}</Text>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={`Remove “${point.text}”`}
                    onClick={() => remove.mutate({ id: point.id })}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <RepDefaultAgendaSelect rep={rep} />
      </Stack>
    </Paper>
  );
}
