import { Group, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useApiQuery } from '../../api/queries';
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
  const badRange = value.from && value.to && value.from > value.to;
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
      <DateInput
        size={size}
        aria-label="From date"
        placeholder="From"
        valueFormat="YYYY-MM-DD"
        clearable
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        w={140}
        popoverProps={{ withinPortal: false }}
      />
      <DateInput
        size={size}
        aria-label="To date"
        placeholder="To"
        valueFormat="YYYY-MM-DD"
        clearable
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        w={140}
        error={badRange ? 'Ends before it starts' : undefined}
        popoverProps={{ withinPortal: false }}
      />
    </Group>
  );
}
