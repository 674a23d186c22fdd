import { Group, Select } from '@mantine/core';
import { useApiQuery } from '../../api/queries';
import { DayRangeInputs } from '../../components/DayRangeInputs';
import type { SearchFilterValues } from './use-search';

interface SearchFiltersProps {
  value: SearchFilterValues;
  onChange: (value: SearchFilterValues) => void;
  size?: 'xs' | 'sm';
}

/** Rep and date range; both days included, as main counts them. */
export function SearchFilters({ value, onChange, size = 'sm' }: SearchFiltersProps) {
  const reps = useApiQuery('reps.list', { status: 'all' });
  const repOptions = (reps.data ?? []).map((rep) => ({ value: String(rep.id), label: rep.name }));
  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <Select
        size={size}
        aria-label="Filter by rep"
        placeholder="All reps"
        data={repOptions}
        clearable
        searchable
        value={value.repId === null ? null : String(value.repId)}
        onChange={(repId) => onChange({ ...value, repId: repId ? Number(repId) : null })}
        w={180}
        comboboxProps={{ withinPortal: false }}
      />
      <DayRangeInputs
        size={size}
        from={value.from}
        to={value.to}
        onChange={(period) => onChange({ ...value, ...period })}
        w={140}
        popoverProps={{ withinPortal: false }}
      />
    </Group>
  );
}
