import './accountability.css';
import { useState } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PeriodPreset } from '@shared/accountability/period';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { CommitmentHistoryTable } from './CommitmentHistoryTable';
import { FiguresGrid } from './FiguresGrid';
import { FollowThroughChart } from './FollowThroughChart';
import { PeriodControl } from './PeriodControl';

function Subheading({ children }: { children: string }) {
  return (
    <Title order={3} fz="h5" mt="xs">
      {children}
    </Title>
  );
}

/**
 * The rep page's accountability section: does this rep do what they commit to, is the manager
 * checking, and does the manager keep their own side (the product rules' figures for both owners).
 */
export function RepAccountabilitySection({ repId, repName }: { repId: number; repName: string }) {
  const [periodDays, setPeriodDays] = useState<PeriodPreset>(90);
  const accountability = useApiQuery(
    'accountability.forRep',
    { repId, period: { kind: 'last', days: periodDays } },
    { placeholderData: (previous) => previous },
  );

  const body = () => {
    if (accountability.isPending) return <LoadingRows label="Loading accountability" rows={4} />;
    if (accountability.isError) {
      return (
        <QueryError
          title="Could not load accountability"
          error={accountability.error}
          onRetry={() => void accountability.refetch()}
          retrying={accountability.isFetching}
        />
      );
    }
    const { rep, manager, commitments, period } = accountability.data;
    return (
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Figures over the {period.label}, counting {repName}&apos;s commitments due in that time (dropped ones left
          out).
        </Text>
        <FiguresGrid figures={rep.figures} />
        <Subheading>Follow-through by month</Subheading>
        <FollowThroughChart monthly={rep.monthly} label={`${repName}'s follow-through by month, last 12 months`} />
        <Subheading>{`${repName}'s commitments`}</Subheading>
        <CommitmentHistoryTable
          items={commitments.filter((item) => item.owner === 'rep')}
          label={`${repName}'s commitments`}
          empty="No open commitments, and none due in this period."
        />
        <Subheading>{`Your commitments to ${repName}`}</Subheading>
        <FiguresGrid figures={manager.figures} />
        <CommitmentHistoryTable
          items={commitments.filter((item) => item.owner === 'manager')}
          label={`Your commitments to ${repName}`}
          empty="You have no open commitments to this rep, and none were due in this period."
        />
      </Stack>
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="accountability-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} fz="h4" id="accountability-heading">
          Accountability
        </Title>
        <PeriodControl value={periodDays} onChange={setPeriodDays} />
      </Group>
      {body()}
    </Paper>
  );
}
