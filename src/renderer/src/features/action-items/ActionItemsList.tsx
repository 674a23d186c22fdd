import { useState } from 'react';
import { Paper, Table, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import type { ActionItemListItem } from '@shared/action-items/action-item';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { EmptyPanel } from '../../components/EmptyPanel';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { ActionItemFilters, DEFAULT_ACTION_ITEM_FILTERS, type ActionItemFilterValues } from './ActionItemFilters';
import { ActionItemRow, type ActionItemChange } from './ActionItemRow';

const isDefault = (filters: ActionItemFilterValues) =>
  filters.status === DEFAULT_ACTION_ITEM_FILTERS.status &&
  filters.owner === DEFAULT_ACTION_ITEM_FILTERS.owner &&
  filters.overdueOnly === DEFAULT_ACTION_ITEM_FILTERS.overdueOnly &&
  filters.repId === DEFAULT_ACTION_ITEM_FILTERS.repId;

interface ActionItemsListProps {
  /** Given on a rep's page: the list shows only their items and no rep column. */
  repId?: number;
  label?: string;
}

/** Action items with filters and inline edits; the same list across reps and on a rep's page. */
export function ActionItemsList({ repId, label = 'Action items' }: ActionItemsListProps) {
  const [filters, setFilters] = useState<ActionItemFilterValues>(DEFAULT_ACTION_ITEM_FILTERS);
  const forRep = repId ?? filters.repId ?? undefined;
  const items = useApiQuery('actionItems.list', {
    status: filters.status,
    owner: filters.owner,
    overdueOnly: filters.overdueOnly,
    ...(forRep ? { repId: forRep } : {}),
  });
  const update = useApiMutation('actionItems.update', {
    // The notes show the change next time they open; counts on reps and meetings change too.
    invalidates: ['actionItems.*', 'meetings.*', 'reps.list'],
    errorTitle: 'Could not change the action item',
  });
  const onChange = (item: ActionItemListItem, change: ActionItemChange) => update.mutate({ id: item.id, ...change });

  const body = () => {
    if (items.isPending) return <LoadingRows label="Loading action items" rows={3} />;
    if (items.isError) {
      return (
        <QueryError
          title="Could not load action items"
          error={items.error}
          onRetry={() => void items.refetch()}
          retrying={items.isFetching}
        />
      );
    }
    if (items.data.length === 0) {
      return (
        <EmptyPanel
          icon={<IconChecklist aria-hidden />}
          title="No action items here"
          description={
            isDefault(filters)
              ? 'Add one with New action item, or type “[ ] ” in a one-on-one’s shared notes; it shows up here.'
              : 'Nothing matches these filters. Try All, or switch off Overdue only.'
          }
        />
      );
    }
    return (
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={720} type="native">
          <Table verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <span className="cb-visually-hidden">Done</span>
                </Table.Th>
                <Table.Th>Action item</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <span className="cb-visually-hidden">More</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.data.map((item) => (
                <ActionItemRow key={item.id} item={item} showRep={repId === undefined} onChange={onChange} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" px="md" py={6} aria-live="polite">
          {items.data.length === 1 ? '1 action item' : `${items.data.length} action items`}
        </Text>
      </Paper>
    );
  };

  return (
    <>
      <ActionItemFilters
        filters={filters}
        onChange={(change) => setFilters((previous) => ({ ...previous, ...change }))}
        withRepSelect={repId === undefined}
      />
      {body()}
    </>
  );
}
