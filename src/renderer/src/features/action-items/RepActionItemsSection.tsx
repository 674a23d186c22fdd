import { Paper, Title } from '@mantine/core';
import type { Rep } from '@shared/reps/rep';
import { ActionItemsList } from './ActionItemsList';

export function RepActionItemsSection({ rep }: { rep: Rep }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rep-action-items-heading">
      <Title order={2} fz="h4" mb="sm" id="rep-action-items-heading">
        Action items
      </Title>
      <ActionItemsList repId={rep.id} label={`${rep.name}'s action items`} />
    </Paper>
  );
}
