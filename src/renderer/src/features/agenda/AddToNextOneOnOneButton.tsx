import { useState } from 'react';
import { Button, Popover, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { TalkingPointInput } from './TalkingPointInput';
import { useQueueTalkingPoint } from './use-queue-talking-point';

/** "Add to next one-on-one" from a list row: a small popover with one line to type. */
export function AddToNextOneOnOneButton({ repId, repName }: { repId: number; repName: string }) {
  const [opened, setOpened] = useState(false);
  const queue = useQueueTalkingPoint({ announce: true, onQueued: () => setOpened(false) });
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus shadow="md" width={340}>
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconMessagePlus size={16} aria-hidden />}
          onClick={() => setOpened((open) => !open)}
          aria-label={`Add to next one-on-one with ${repName}`}
        >
          Add to next
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="xs" c="dimmed">
            For the next one-on-one with {repName}
          </Text>
          <TalkingPointInput
            repName={repName}
            autoFocus
            pending={queue.isPending}
            onSubmit={(text) => queue.mutate({ repId, text })}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
