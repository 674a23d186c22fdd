import { addDays } from 'date-fns';
import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import { matchExpression, parseSearchTerms, searchWords } from '@shared/search/fts-query';
import { fold, highlightWordPrefixes, markedTextToSegments, type TextSegment } from '@shared/search/highlight';
import type { SearchHit } from '@shared/search/search';
import { createNotesSearch, type NotesHitRow } from './notes-search';
import { SqlReader } from './sql';

/*
 * One query per index (notes in notes-search.ts), each ranked by bm25 and cut to the limit inside
 * FTS5 (ORDER BY rank lets FTS5 sort before the join, so highlight() runs only for rows that are
 * returned), then merged.
 * Scores of different FTS tables are on the same bm25 scale, which is good enough to interleave
 * notes, action items and goals; reps matched by name come first, as a launcher would show them.
 */
export const SEARCH_SQL = {
  actionItems: `
  SELECT f.rowid AS id, a.rep_id, r.name AS rep_name, a.meeting_id, a.status, a.due_date, f.rank AS score,
    highlight(action_items_fts, 0, char(2), char(3)) AS marked
  FROM action_items_fts f JOIN action_items a ON a.id = f.rowid JOIN reps r ON r.id = a.rep_id
  WHERE action_items_fts MATCH @match AND (@repId IS NULL OR a.rep_id = @repId)
    AND a.created_at >= @fromTs AND a.created_at < @toTs
  ORDER BY f.rank LIMIT @limit`,
  goals: `
  SELECT f.rowid AS id, g.rep_id, r.name AS rep_name, g.status, g.end_date, f.rank AS score,
    highlight(goals_fts, 0, char(2), char(3)) AS marked, highlight(goals_fts, 1, char(2), char(3)) AS marked_metric
  FROM goals_fts f JOIN goals g ON g.id = f.rowid JOIN reps r ON r.id = g.rep_id
  WHERE goals_fts MATCH @match AND (@repId IS NULL OR g.rep_id = @repId)
    AND g.end_date >= @fromDay AND g.start_date <= @toDay
  ORDER BY f.rank LIMIT @limit`,
  reps: 'SELECT id, name FROM reps WHERE (@repId IS NULL OR id = @repId) ORDER BY name, id',
};

export interface SearchParams {
  repId: number | null;
  fromTs: string;
  toTs: string;
  fromDay: string;
  toDay: string;
  limit: number;
}

/** The bound parameters of every query for a search input: days become local-midnight instants. */
export function searchParams(input: ApiParsedInput<'search.query'>): SearchParams {
  return {
    repId: input.repId ?? null,
    fromTs: input.from ? new Date(`${input.from}T00:00:00`).toISOString() : '',
    toTs: input.to ? addDays(new Date(`${input.to}T00:00:00`), 1).toISOString() : '9999',
    fromDay: input.from ?? '',
    toDay: input.to ?? '9999-12-31',
    limit: input.limit,
  };
}

export interface ActionItemHitRow {
  id: number;
  rep_id: number;
  rep_name: string;
  meeting_id: number | null;
  status: 'open' | 'done' | 'dropped';
  due_date: string | null;
  score: number;
  marked: string;
}
export interface GoalHitRow {
  id: number;
  rep_id: number;
  rep_name: string;
  status: 'active' | 'closed';
  end_date: string;
  score: number;
  marked: string;
  marked_metric: string | null;
}

type Scored = { score: number; hit: SearchHit };

const goalSnippet = (row: GoalHitRow): TextSegment[] => {
  const title = markedTextToSegments(row.marked);
  // Show the metric only when the match is in it, so the manager sees why the goal came up.
  if (!row.marked_metric || !row.marked_metric.includes('\u0002')) return title;
  return [...title, { text: ' · ', highlighted: false }, ...markedTextToSegments(row.marked_metric)];
};

/** Merges the per-index rows into the answer: reps first, then everything else by bm25 (lower is better). */
export function mergeHits(
  reps: ReadonlyArray<{ id: number; name: string }>,
  words: readonly string[],
  rows: { shared: NotesHitRow[]; private: NotesHitRow[]; actionItems: ActionItemHitRow[]; goals: GoalHitRow[] },
  limit: number,
): SearchHit[] {
  const scored: Scored[] = [
    ...rows.shared.map((row) => ({ score: row.score, hit: notesHit(row, false) })),
    ...rows.private.map((row) => ({ score: row.score, hit: notesHit(row, true) })),
    ...rows.actionItems.map((row): Scored => ({
      score: row.score,
      hit: {
        kind: 'action_item',
        actionItemId: row.id,
        meetingId: row.meeting_id,
        repId: row.rep_id,
        repName: row.rep_name,
        status: row.status,
        dueDate: row.due_date,
        private: false,
        snippet: markedTextToSegments(row.marked),
      },
    })),
    ...rows.goals.map((row): Scored => ({
      score: row.score,
      hit: {
        kind: 'goal',
        goalId: row.id,
        repId: row.rep_id,
        repName: row.rep_name,
        status: row.status,
        endDate: row.end_date,
        private: false,
        snippet: goalSnippet(row),
      },
    })),
  ];
  // Stable sort: equal scores keep the order above (shared notes, private, items, goals), each already by rank.
  scored.sort((a, b) => a.score - b.score);
  const repHits: SearchHit[] = reps.map((rep) => ({
    kind: 'rep',
    repId: rep.id,
    repName: rep.name,
    private: false,
    snippet: highlightWordPrefixes(rep.name, words),
  }));
  return [...repHits, ...scored.map((entry) => entry.hit)].slice(0, limit);
}

const notesHit = (row: NotesHitRow, isPrivate: boolean): SearchHit => ({
  kind: 'notes',
  meetingId: row.id,
  scheduledAt: row.scheduled_at,
  repId: row.rep_id,
  repName: row.rep_name,
  private: isPrivate,
  snippet: markedTextToSegments(row.marked),
});

/** Every word of the search starts a word of the name (accents and case aside). */
export function repNameMatches(name: string, words: readonly string[]): boolean {
  const nameWords = fold(name).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((word) => {
    const wanted = fold(word);
    return nameWords.some((candidate) => candidate.startsWith(wanted));
  });
}

export type SearchService = ReturnType<typeof createSearchService>;

export function createSearchService(dataSource: DataSource) {
  const sql = SqlReader.from(dataSource);
  const notes = createNotesSearch(sql);

  return {
    query(input: ApiParsedInput<'search.query'>): SearchHit[] {
      const terms = parseSearchTerms(input.text);
      const match = matchExpression(terms);
      if (match === null) return [];
      const words = searchWords(input.text);
      const params = searchParams(input);
      const datesGiven = Boolean(input.from || input.to);
      // Reps have no date: with a date range the manager is looking for what was said or agreed.
      const reps = datesGiven
        ? []
        : sql
            .all<{ id: number; name: string }>(SEARCH_SQL.reps, { repId: params.repId })
            .filter((rep) => repNameMatches(rep.name, words));
      return mergeHits(
        reps,
        words,
        {
          shared: notes('shared_notes_text', terms, params),
          private: notes('private_notes_text', terms, params),
          actionItems: sql.all<ActionItemHitRow>(SEARCH_SQL.actionItems, { ...params, match }),
          goals: sql.all<GoalHitRow>(SEARCH_SQL.goals, { ...params, match }),
        },
        input.limit,
      );
    },
  };
}
