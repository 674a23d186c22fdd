import { Group, SegmentedControl, Select, Switch } from '@mantine/core';
import type { ActionItemOwner, ActionItemStatus } from '@shared/action-items/action-item';
import { useApiQuery } from '../../api/queries';
import { OWNER_LABELS } from './action-item-labels';

export interface ActionItemFilterValues {
  status: ActionItemStatus | 'all';
  owner: ActionItemOwner | 'all';
  overdueOnly: boolean;
  repId: number | null;
}

export const DEFAULT_ACTION_ITEM_FILTERS: ActionItemFilterValues = {
  status: 'open',
  owner: 'all',
  overdueOnly: false,
  repId: null,
};

const STATUS_OPTIONS: { value: ActionItemFilterValues['status']; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'all', label: 'All' },
];
const OWNER_OPTIONS: { value: ActionItemFilterValues['owner']; label: string }[] = [
  { value: 'all', label: 'Anyone' },
  { value: 'rep', label: OWNER_LABELS.rep },
  { value: 'manager', label: OWNER_LABELS.manager },
];

const pick = <T extends string>(options: { value: T }[], value: string, fallback: T): T =>
  options.find((option) => option.value === value)?.value ?? fallback;

interface ActionItemFiltersProps {
  filters: ActionItemFilterValues;
  onChange: (change: Partial<ActionItemFilterValues>) => void;
  /** Off on a rep's page, where the rep is given. */
  withRepSelect: boolean;
}

export function ActionItemFilters({ filters, onChange, withRepSelect }: ActionItemFiltersProps) {
  const reps = useApiQuery('reps.list', { status: 'all' }, { enabled: withRepSelect });
  return (
    <Group gap="sm" wrap="wrap" mb="md" align="center">
      <SegmentedControl
        size="xs"
        aria-label="Action item status"
        data={STATUS_OPTIONS}
        value={filters.status}
        onChange={(value) => onChange({ status: pick(STATUS_OPTIONS, value, 'open') })}
      />
      <SegmentedControl
        size="xs"
        aria-label="Owner"
        data={OWNER_OPTIONS}
        value={filters.owner}
        onChange={(value) => onChange({ owner: pick(OWNER_OPTIONS, value, 'all') })}
      />
      {withRepSelect ? (
        <Select
          size="xs"
          aria-label="Filter by rep"
          placeholder="All reps"
          data={(reps.data ?? []).map((rep) => ({ value: String(rep.id), label: rep.name }))}
          value={filters.repId === null ? null : String(filters.repId)}
          onChange={(value) => onChange({ repId: value ? Number(value) : null })}
          clearable
          searchable
          nothingFoundMessage="No rep by that name"
          w={200}
        />
      ) : null}
      <Switch
        label="Overdue only"
        checked={filters.overdueOnly}
        onChange={(event) => onChange({ overdueOnly: event.currentTarget.checked })}
      />
    </Group>
  );
}
