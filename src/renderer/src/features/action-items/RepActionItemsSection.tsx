import { Group, Paper, Title } from '@mantine/core';
import type { Rep } from '@shared/reps/rep';
import { ActionItemsList } from './ActionItemsList';
import { NewActionItemButton } from './NewActionItemButton';

export function RepActionItemsSection({ rep }: { rep: Rep }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rep-action-items-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id="rep-action-items-heading">
          Action items
        </Title>
        {/* Archived reps take no new commitments (main refuses them too), as with one-on-ones. */}
        <NewActionItemButton size="xs" preset={{ repId: rep.id }} disabled={rep.status === 'archived'} />
      </Group>
      <ActionItemsList repId={rep.id} label={`${rep.name}'s action items`} />
    </Paper>
  );
}
