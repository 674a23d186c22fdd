import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { searchWords } from '@shared/search/fts-query';
import { useApiQuery } from '../../api/queries';
import { periodProblem } from '../../forms/date-input-formats';

export interface SearchFilterValues {
  repId: number | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: SearchFilterValues = { repId: null, from: null, to: null };

const DATES_PROBLEMS = {
  unreadable: 'A date in the filters is not a date.',
  reversed: 'The date range ends before it starts.',
  none: null,
} as const;

/**
 * Searches as the manager types, 200 ms after the last key. Any text is sent as typed: main turns
 * it into an FTS5 query that cannot fail, so quotes, brackets, AND or "-" are just characters.
 */
export function useSearch(text: string, filters: SearchFilterValues, limit = 30) {
  const [debounced] = useDebouncedValue(text, 200);
  const hasWords = searchWords(debounced).length > 0;
  // A typed date that is not one, or a range the wrong way round, is not sent (main would refuse
  // it); `datesProblem` is what both search views say instead.
  const datesProblem = DATES_PROBLEMS[periodProblem(filters.from, filters.to) ?? 'none'];
  const willSearch = hasWords && datesProblem === null;
  const query = useApiQuery(
    'search.query',
    { text: debounced.slice(0, 500), repId: filters.repId, from: filters.from, to: filters.to, limit },
    { enabled: willSearch, placeholderData: keepPreviousData },
  );
  return { query, hasWords, datesProblem, willSearch, settled: debounced === text };
}
