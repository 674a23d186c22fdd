import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TeamSort, TeamSortKey } from './team-sort';

interface SortableThProps {
  sortKey: TeamSortKey;
  sort: TeamSort;
  onSort: (key: TeamSortKey) => void;
  children: ReactNode;
  align?: 'left' | 'right';
}

/** A column header that sorts the team; aria-sort tells screen readers which way. */
export function SortableTh({ sortKey, sort, onSort, children, align = 'left' }: SortableThProps) {
  const active = sort.key === sortKey;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      ta={align}
      style={{ whiteSpace: 'nowrap' }}
    >
      <UnstyledButton onClick={() => onSort(sortKey)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          {children}
          <Icon size={14} aria-hidden stroke={1.8} opacity={active ? 1 : 0.45} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
