import { defineMethod } from '../api/define-method';
import { searchQuerySchema, type SearchHit } from './search';

export const searchContract = {
  /**
   * Ctrl/Cmd+K: reps by name first, then notes (shared and private), action items and goals
   * ranked together by bm25. Any text is accepted; words match as typed, the last as a prefix.
   */
  'search.query': defineMethod<SearchHit[]>()(searchQuerySchema),
};
