import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconList, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RepFormModal } from '../reps/RepFormModal';

/**
 * Home. The ranked "who needs attention" team view comes in a later version; until then this
 * page says where the team stands and gets a new manager to the first useful step.
 */
export function TeamPage() {
  const reps = useApiQuery('reps.list', { status: 'active' });
  const [adding, setAdding] = useState(false);
  const count = reps.data?.length ?? 0;
  const teams = new Set(reps.data?.map((rep) => rep.team).filter(Boolean));

  const summary = () => {
    if (reps.isPending) return <LoadingRows label="Loading your team" rows={2} />;
    if (reps.isError) {
      return (
        <QueryError
          title="Could not load your team"
          error={reps.error}
          onRetry={() => void reps.refetch()}
          retrying={reps.isFetching}
        />
      );
    }
    return (
      <Paper withBorder radius="md" p="lg">
        <Group align="flex-start" gap="md" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
            <IconUsersGroup size={24} />
          </ThemeIcon>
          <Stack gap={6} style={{ flex: 1 }}>
            <Title order={2} fz="h3">
              {count === 0 ? 'No active reps yet' : `${count} active ${count === 1 ? 'rep' : 'reps'}`}
            </Title>
            <Text size="sm" c="dimmed">
              {count === 0
                ? 'Add the reps you coach. Each one gets their own one-on-ones, commitments and goals.'
                : teams.size > 0
                  ? `Across ${teams.size} ${teams.size === 1 ? 'team' : 'teams'}.`
                  : 'Give reps a team to group them here later.'}
            </Text>
            <Group gap="sm" mt="xs">
              <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
                Add rep
              </Button>
              {count > 0 ? (
                <Button component={Link} to="/reps" variant="default" leftSection={<IconList size={18} aria-hidden />}>
                  Open rep list
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Group>
      </Paper>
    );
  };

  return (
    <>
      <PageHeader title="Team" description="Your team at a glance." />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {summary()}
        <Paper radius="md" p="lg" className="cb-coming-soon">
          <Title order={2} fz="h5" mb={6}>
            Coming next on this page
          </Title>
          <Text size="sm" c="dimmed">
            A ranked view of who needs your attention: overdue one-on-ones, overdue commitments, low follow-through and
            goals off track. It fills in as you log one-on-ones in later versions.
          </Text>
        </Paper>
      </SimpleGrid>
      <RepFormModal opened={adding} rep={null} onClose={() => setAdding(false)} />
    </>
  );
}
