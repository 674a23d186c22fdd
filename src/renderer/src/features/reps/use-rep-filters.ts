import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { RepStatus } from '@shared/reps/rep';

export interface RepFilters {
  status: RepStatus;
  search: string;
  team: string | null;
}

export const DEFAULT_REP_FILTERS: RepFilters = { status: 'active', search: '', team: null };

export const hasNarrowingFilters = (filters: RepFilters): boolean =>
  filters.search.trim() !== '' || filters.team !== null;

/**
 * Filters live in the URL so coming back from a rep's page shows the list exactly as it was left.
 */
export function useRepFilters(): [RepFilters, (change: Partial<RepFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: RepFilters = {
    status: params.get('status') === 'archived' ? 'archived' : 'active',
    search: params.get('q') ?? '',
    team: params.get('team') || null,
  };
  const update = useCallback(
    (change: Partial<RepFilters>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string | null | undefined, fallback: string) => {
            if (value === undefined) return;
            if (value === null || value === fallback) next.delete(key);
            else next.set(key, value);
          };
          set('status', change.status, 'active');
          set('q', change.search, '');
          set('team', change.team, '');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, update];
}
