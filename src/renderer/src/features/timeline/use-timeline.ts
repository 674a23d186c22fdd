import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { TimelineCursor, TimelineKind, TimelinePage } from '@shared/timeline/timeline';
import { callApi, type ApiCallError } from '../../api/client';
import { periodProblem } from '../../forms/date-input-formats';

export interface TimelineFilters {
  kinds: TimelineKind[];
  from: string | null;
  to: string | null;
}

/**
 * A rep's history a page at a time. Keyed like every API read (`['timeline.page', input]`), so
 * mutations that invalidate 'timeline.*' refresh it; the keyset cursor means a refresh never
 * shifts or repeats rows already shown.
 */
export function useTimeline(repId: number, filters: TimelineFilters) {
  const input = {
    repId,
    kinds: filters.kinds.length === 0 || filters.kinds.length === 4 ? undefined : filters.kinds,
    from: filters.from,
    to: filters.to,
    pageSize: 100,
  };
  // A typed date that is not one, or a range the wrong way round, is not sent: main would refuse it.
  return useInfiniteQuery<
    TimelinePage,
    ApiCallError,
    InfiniteData<TimelinePage, TimelineCursor | null>,
    readonly ['timeline.page', typeof input],
    TimelineCursor | null
  >({
    queryKey: ['timeline.page', input],
    queryFn: ({ pageParam }) => callApi('timeline.page', { ...input, after: pageParam }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: periodProblem(filters.from, filters.to) === null,
  });
}
