import '../accountability/accountability.css';
import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import type { PeriodPreset } from '@shared/accountability/period';
import { useApiQuery } from '../../api/queries';
import { EmptyPanel } from '../../components/EmptyPanel';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TeamReportButton } from '../exports/TeamReportButton';
import { RepFormModal } from '../reps/RepFormModal';
import { TodayCard } from '../today/TodayCard';
import { TeamControls } from './TeamControls';
import { DEFAULT_TEAM_SORT, nextSort, sortTeamRows, type TeamSort } from './team-sort';
import { TeamTable } from './TeamTable';

/** Home: today's reminders, then every active rep ranked by who needs the manager's attention. */
export function TeamPage() {
  const [periodDays, setPeriodDays] = useState<PeriodPreset>(90);
  const [team, setTeam] = useState<string | null>(null);
  const [sort, setSort] = useState<TeamSort>(DEFAULT_TEAM_SORT);
  const [adding, setAdding] = useState(false);
  const overview = useApiQuery(
    'team.overview',
    { period: { kind: 'last', days: periodDays }, team },
    // Keep the old rows on screen while another period or team loads: no flash of skeletons.
    { placeholderData: (previous) => previous },
  );
  const addRep = (label: string) => (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
      {label}
    </Button>
  );

  const body = () => {
    if (overview.isPending) return <LoadingRows label="Loading your team" rows={5} />;
    if (overview.isError) {
      return (
        <QueryError
          title="Could not load your team"
          error={overview.error}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      );
    }
    const { rows, today, period } = overview.data;
    if (rows.length === 0 && team === null) {
      return (
        <EmptyPanel
          tone="invite"
          icon={<IconUsersGroup size={28} />}
          title="No active reps yet"
          description="Add the reps you coach. Each one gets their own one-on-ones, commitments and follow-through figures here."
        >
          {addRep('Add your first rep')}
        </EmptyPanel>
      );
    }
    return (
      <>
        <TeamControls team={team} onTeamChange={setTeam} periodDays={periodDays} onPeriodChange={setPeriodDays} />
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            No active reps in {team}. Clear the team filter to see everyone.
          </Text>
        ) : (
          <TeamTable
            rows={sortTeamRows(rows, sort)}
            today={today}
            periodLabel={period.label}
            sort={sort}
            onSort={(key) => setSort((current) => nextSort(current, key))}
          />
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader
        title="Team"
        description="Who needs your attention, and who follows through on what they commit to."
        actions={
          <>
            <TeamReportButton team={team} period={overview.data?.period ?? null} />
            {addRep('Add rep')}
          </>
        }
      />
      <Stack gap="lg">
        <TodayCard />
        <section aria-label="Team overview">{body()}</section>
      </Stack>
      <RepFormModal opened={adding} rep={null} onClose={() => setAdding(false)} />
    </>
  );
}
