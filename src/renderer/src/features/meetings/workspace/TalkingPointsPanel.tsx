import { useState } from 'react';
import { Checkbox, Stack, Text, Title } from '@mantine/core';
import type { TalkingPoint } from '@shared/agenda/agenda';
import { useApiMutation } from '../../../api/queries';
import { TalkingPointInput } from '../../agenda/TalkingPointInput';
import { useQueueTalkingPoint } from '../../agenda/use-queue-talking-point';

interface TalkingPointsPanelProps {
  meetingId: number;
  repId: number;
  repName: string;
  initial: TalkingPoint[];
}

/**
 * Points queued for this rep between meetings. Ticked ones count as discussed in this meeting;
 * the rest carry to the next one-on-one (main decides that, nothing here deletes them).
 */
export function TalkingPointsPanel({ meetingId, repId, repName, initial }: TalkingPointsPanelProps) {
  const [points, setPoints] = useState(initial);
  const replace = (point: TalkingPoint) =>
    setPoints((current) =>
      current.some((candidate) => candidate.id === point.id)
        ? current.map((candidate) => (candidate.id === point.id ? point : candidate))
        : [...current, point],
    );
  const setDiscussed = useApiMutation('talkingPoints.setDiscussed', {
    invalidates: ['talkingPoints.*'],
    errorTitle: 'Could not tick the talking point',
    onSuccess: replace,
  });
  const queue = useQueueTalkingPoint();

  return (
    <section aria-labelledby="talking-points-heading">
      <Title order={2} fz="h5" mb="xs" id="talking-points-heading">
        Talking points
      </Title>
      <Stack gap={6}>
        {points.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing queued for {repName}.
          </Text>
        ) : (
          points.map((point) => (
            <Checkbox
              key={point.id}
              size="sm"
              label={point.text}
              aria-label={`Discussed: ${point.text}`}
              checked={point.status === 'discussed'}
              onChange={(event) =>
                setDiscussed.mutate({ id: point.id, meetingId, discussed: event.currentTarget.checked })
              }
            />
          ))
        )}
        <TalkingPointInput
          repName={repName}
          pending={queue.isPending}
          onSubmit={(text) => queue.mutate({ repId, text }, { onSuccess: replace })}
        />
      </Stack>
    </section>
  );
}
