import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RepStatus } from '@shared/reps/rep';
import { useApiQuery } from '../../api/queries';
import type { RepFilters } from './use-rep-filters';

interface RepsFiltersProps {
  filters: RepFilters;
  onChange: (change: Partial<RepFilters>) => void;
  /** The search box's text, ahead of the (debounced) search filter. */
  searchText: string;
  onSearchTextChange: (text: string) => void;
}

const STATUS_OPTIONS: { value: RepStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

export function RepsFilters({ filters, onChange, searchText, onSearchTextChange }: RepsFiltersProps) {
  const teams = useApiQuery('reps.teams', {});
  return (
    <Group gap="sm" wrap="wrap" mb="md">
      <SegmentedControl
        aria-label="Rep status"
        data={STATUS_OPTIONS}
        value={filters.status}
        onChange={(value) => onChange({ status: value === 'archived' ? 'archived' : 'active' })}
      />
      <TextInput
        aria-label="Search reps"
        placeholder="Search by name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchText}
        onChange={(event) => onSearchTextChange(event.currentTarget.value)}
        style={{ flex: '1 1 220px', maxWidth: 360 }}
      />
      <Select
        aria-label="Filter by team"
        placeholder="All teams"
        data={teams.data ?? []}
        value={filters.team}
        onChange={(team) => onChange({ team })}
        clearable
        searchable
        nothingFoundMessage="No team by that name"
        disabled={teams.isError}
        style={{ flex: '0 1 220px' }}
      />
    </Group>
  );
}
