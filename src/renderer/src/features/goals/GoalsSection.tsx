import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { localDayOf } from '../accountability/format';
import { formatCalendarDayRange } from '../reps/format';
import { PacingBadge, pacingDetail } from './goal-format';
import { GoalForm } from './GoalForm';
import { ImportCheckInsModal } from './ImportCheckInsModal';

type StatusFilter = 'active' | 'closed' | 'all';

/** A rep's goals with pacing, and the ways in: add a goal, import check-ins from a CSV. */
export function GoalsSection({ repId }: { repId: number }) {
  const [status, setStatus] = useState<StatusFilter>('active');
  const goals = useApiQuery('goals.listForRep', { repId, status });
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const today = localDayOf(new Date().toISOString());
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rep-goals-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h5" id="rep-goals-heading">
          Goals
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label="Which goals"
            value={status}
            onChange={(value) => setStatus(value === 'closed' || value === 'all' ? value : 'active')}
            data={[
              { value: 'active', label: 'Active' },
              { value: 'closed', label: 'Closed' },
              { value: 'all', label: 'All' },
            ]}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileImport size={14} aria-hidden />}
            onClick={() => setImporting(true)}
          >
            Import check-ins from CSV
          </Button>
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
            New goal
          </Button>
        </Group>
      </Group>
      {goals.isPending ? (
        <Skeleton h={80} aria-label="Loading goals" />
      ) : goals.isError ? (
        <QueryError
          title="Could not load goals"
          error={goals.error}
          onRetry={() => void goals.refetch()}
          retrying={goals.isFetching}
        />
      ) : goals.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {status === 'active' ? 'No active goals. Add one with New goal.' : 'No goals here.'}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label="Goals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Goal</Table.Th>
              <Table.Th>Pacing</Table.Th>
              <Table.Th>Progress</Table.Th>
              <Table.Th>Period</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {goals.data.map((goal) => (
              <Table.Tr key={goal.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/goals/${goal.id}`} size="sm">
                      {goal.title}
                    </Anchor>
                    {goal.status === 'closed' ? (
                      <Text size="xs" c="dimmed">
                        Closed
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <PacingBadge goal={goal} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{pacingDetail(goal)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {formatCalendarDayRange(goal.startDate, goal.endDate)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title="New goal"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <GoalForm key={String(adding)} repId={repId} goal={null} today={today} onDone={() => setAdding(false)} />
      </Modal>
      <ImportCheckInsModal opened={importing} onClose={() => setImporting(false)} />
    </Paper>
  );
}
