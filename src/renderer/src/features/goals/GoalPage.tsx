import { Anchor, Button, Group, Modal, Paper, Stack, Switch, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { localDayOf } from '../accountability/format';
import { CheckInsPanel } from './CheckInsPanel';
import { GoalCommitments } from './GoalCommitments';
import { GoalChartView } from './GoalChartView';
import { formatCalendarDayRange } from '../reps/format';
import { PacingBadge, pacingDetail } from './goal-format';
import { GOAL_INVALIDATES, GoalForm } from './GoalForm';

/** One goal: pacing, the progress chart, check-ins and the commitments linked to it. */
export function GoalPage() {
  const goalId = Number(useParams().goalId);
  const goal = useApiQuery('goals.get', { id: goalId }, { enabled: Number.isInteger(goalId) && goalId > 0 });
  const [editing, setEditing] = useState(false);
  const close = useApiMutation('goals.close', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not close the goal',
  });
  const reopen = useApiMutation('goals.reopen', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not reopen the goal',
  });
  const milestone = useApiMutation('goals.setMilestoneDone', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not save',
  });
  if (goal.isPending) return <LoadingRows label="Loading goal" rows={4} />;
  if (goal.isError)
    return (
      <QueryError
        title="Could not load this goal"
        error={goal.error}
        onRetry={() => void goal.refetch()}
        retrying={goal.isFetching}
      />
    );
  const data = goal.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/reps/${data.repId}`} size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              Back to the rep
            </Group>
          </Anchor>
        }
        title={data.title}
        badge={<PacingBadge goal={data} />}
        description={`${pacingDetail(data)} · ${formatCalendarDayRange(data.startDate, data.endDate)}${data.status === 'closed' ? ' · closed' : ''}`}
        actions={
          <>
            {data.status === 'active' ? (
              <Button variant="default" onClick={() => close.mutate({ id: data.id })} loading={close.isPending}>
                Close goal
              </Button>
            ) : (
              <Button variant="default" onClick={() => reopen.mutate({ id: data.id })} loading={reopen.isPending}>
                Reopen goal
              </Button>
            )}
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        {data.kind === 'milestone' ? (
          <Paper withBorder radius="md" p="lg">
            <Switch
              label="Milestone done"
              checked={data.milestoneDone}
              onChange={(event) => milestone.mutate({ id: data.id, done: event.currentTarget.checked })}
            />
          </Paper>
        ) : (
          <>
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="goal-chart-heading">
              <Title order={2} fz="h5" mb="sm" id="goal-chart-heading">
                Progress against the line to target
              </Title>
              {data.chart ? <GoalChartView chart={data.chart} unit={data.unit} title={data.title} /> : null}
            </Paper>
            <Paper withBorder radius="md" p="lg">
              <CheckInsPanel goal={data} />
            </Paper>
          </>
        )}
        <Paper withBorder radius="md" p="lg">
          <GoalCommitments goal={data} />
        </Paper>
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title="Edit goal"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <GoalForm
          key={`${data.id}-${data.updatedAt}`}
          repId={data.repId}
          goal={data}
          today={localDayOf(new Date().toISOString())}
          onDone={() => setEditing(false)}
        />
      </Modal>
    </>
  );
}
