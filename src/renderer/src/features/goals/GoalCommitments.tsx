import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { GoalDetail } from '@shared/goals/goal';
import { useApiQuery } from '../../api/queries';
import { STATUS_COLORS, STATUS_LABELS } from '../action-items/action-item-labels';
import { NewActionItemButton } from '../action-items/NewActionItemButton';

const OUTCOME_LABELS = { done: 'Done', partly_done: 'Partly done', not_done: 'Not done', dropped: 'Dropped' } as const;

/** The action items that serve this goal, their follow-up outcomes, and a way to add one. */
export function GoalCommitments({ goal }: { goal: GoalDetail }) {
  const active = goal.status === 'active';
  // An archived rep takes no new action items (main refuses them), as on the rep page. The goal
  // does not carry the rep's status; the form asks for this rep too, so the answer is shared.
  const rep = useApiQuery('reps.get', { id: goal.repId });
  const archivedRep = rep.data?.status === 'archived' ? rep.data : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="goal-commitments-heading">
      <Group justify="space-between">
        <Title order={2} fz="h5" id="goal-commitments-heading">
          Linked commitments
        </Title>
        {/* A closed goal takes no new commitments; reopen it first. */}
        {active ? (
          <NewActionItemButton
            size="xs"
            variant="light"
            label="Add a commitment"
            preset={{ repId: goal.repId, goalId: goal.id }}
            disabled={archivedRep !== null}
          />
        ) : null}
      </Group>
      {active && archivedRep ? (
        <Text size="sm" c="dimmed">
          {archivedRep.name} is archived. Unarchive the rep to add a commitment.
        </Text>
      ) : null}
      {goal.commitments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {active && !archivedRep
            ? 'No action items are linked to this goal. Add a commitment, or link one from its action item.'
            : 'No action items are linked to this goal.'}
        </Text>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label="Linked commitments">
          {goal.commitments.map((item) => (
            <List.Item key={item.id}>
              <Group gap={6}>
                {item.meetingId ? (
                  <Anchor component={Link} to={`/meetings/${item.meetingId}`} size="sm">
                    {item.title}
                  </Anchor>
                ) : (
                  <Text size="sm">{item.title}</Text>
                )}
                <Badge size="xs" variant="light" tt="none" color={STATUS_COLORS[item.status]}>
                  {STATUS_LABELS[item.status]}
                </Badge>
                {item.outcomes.map((outcome) => (
                  <Text key={outcome.followUpCheckId} size="xs" c="dimmed">
                    {OUTCOME_LABELS[outcome.outcome]}
                    {outcome.note ? `: ${outcome.note}` : ''}
                  </Text>
                ))}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
