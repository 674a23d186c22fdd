import { Group, Select } from '@mantine/core';
import type { PeriodPreset } from '@shared/accountability/period';
import { useApiQuery } from '../../api/queries';
import { PeriodControl } from '../accountability/PeriodControl';

interface TeamControlsProps {
  team: string | null;
  onTeamChange: (team: string | null) => void;
  periodDays: PeriodPreset;
  onPeriodChange: (days: PeriodPreset) => void;
}

export function TeamControls({ team, onTeamChange, periodDays, onPeriodChange }: TeamControlsProps) {
  const teams = useApiQuery('reps.teams', {});
  return (
    <Group gap="sm" wrap="wrap" justify="space-between" mb="sm">
      <Select
        aria-label="Filter by team"
        placeholder="All teams"
        data={teams.data ?? []}
        value={team}
        onChange={onTeamChange}
        clearable
        searchable
        nothingFoundMessage="No team by that name"
        disabled={teams.isError}
        style={{ flex: '0 1 240px' }}
      />
      <PeriodControl value={periodDays} onChange={onPeriodChange} />
    </Group>
  );
}
