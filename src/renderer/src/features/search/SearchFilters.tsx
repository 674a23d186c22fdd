import { Group, Select } from '@mantine/core';
import { useApiQuery } from '../../api/queries';
import { DayInput } from '../../components/DayInput';
import { endsBeforeStart } from '../../forms/date-input-formats';
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
  const badRange = endsBeforeStart(value.from, value.to);
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
      <DayInput
        size={size}
        aria-label="From date"
        placeholder="From"
        clearable
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        w={140}
        popoverProps={{ withinPortal: false }}
      />
      <DayInput
        size={size}
        aria-label="To date"
        placeholder="To"
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
