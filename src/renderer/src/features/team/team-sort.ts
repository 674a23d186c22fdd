import type { TeamOverviewRow } from '@shared/accountability/accountability';

export type TeamSortKey = 'attention' | 'name' | 'followThrough' | 'overdue';
export type SortDirection = 'asc' | 'desc';

export interface TeamSort {
  key: TeamSortKey;
  direction: SortDirection;
}

/**
 * The direction a column sorts in when first chosen: the rows that need the manager first
 * (most attention, lowest follow-through, most overdue), names A to Z.
 */
export const FIRST_DIRECTION: Record<TeamSortKey, SortDirection> = {
  attention: 'desc',
  name: 'asc',
  followThrough: 'asc',
  overdue: 'desc',
};

export const DEFAULT_TEAM_SORT: TeamSort = { key: 'attention', direction: 'desc' };

const valueOf = (row: TeamOverviewRow, key: TeamSortKey): number | string | null => {
  if (key === 'attention') return row.attentionScore;
  if (key === 'name') return row.repName;
  if (key === 'followThrough') return row.followThroughRate;
  return row.overdueCommitments;
};

const compareValues = (a: number | string, b: number | string): number =>
  typeof a === 'string' && typeof b === 'string' ? a.localeCompare(b) : Number(a) - Number(b);

/** Sorts a copy; reps without data ("—") go last whichever way, then ties go by name. */
export function sortTeamRows(rows: readonly TeamOverviewRow[], sort: TeamSort): TeamOverviewRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const order = compareValues(left, right) * sign;
      if (order !== 0) return order;
    }
    return a.repName.localeCompare(b.repName);
  });
}

/** Clicking the sorted column flips it; another column starts in its own first direction. */
export const nextSort = (current: TeamSort, key: TeamSortKey): TeamSort =>
  current.key === key
    ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { key, direction: FIRST_DIRECTION[key] };
