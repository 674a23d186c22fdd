import type { ApiMethod } from '@shared/api/contract';
import type { Services } from '../../services/create-services';
import type { ApiHandlers } from '../registry';

/** Reviewing rep history: the pre-meeting brief, the timeline and search. */
type HistoryMethod = Extract<ApiMethod, `brief.${string}` | `timeline.${string}` | `search.${string}`>;

export const historyHandlers = ({
  brief,
  timeline,
  search,
}: Pick<Services, 'brief' | 'timeline' | 'search'>): ApiHandlers<HistoryMethod> => ({
  'brief.forRep': (input) => brief.forRep(input),
  'timeline.page': (input) => timeline.page(input),
  'timeline.entry': (input) => timeline.entry(input),
  'search.query': (input) => search.query(input),
});
