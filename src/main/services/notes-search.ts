import { inColumn, matchExpression, type SearchTerm } from '@shared/search/fts-query';
import { fold } from '@shared/search/highlight';
import type { SqlReader } from './sql';

export const NOTES_COLUMNS = ['shared_notes_text', 'private_notes_text'] as const;
export type NotesColumn = (typeof NOTES_COLUMNS)[number];

export interface NotesHitRow {
  id: number;
  rep_id: number;
  rep_name: string;
  scheduled_at: string;
  score: number;
  marked: string;
}

export interface NotesFilters {
  repId: number | null;
  fromTs: string;
  toTs: string;
  limit: number;
}

/** More index words than this for one prefix: the prefix query itself is the cheaper plan. */
const MAX_PREFIX_WORDS = 64;
/** Tokens of context in a notes snippet: about a line of text. */
const SNIPPET_TOKENS = 16;
/** The highest code point: `term < prefix || LAST` keeps every word that starts with the prefix. */
const LAST_CHAR = String.fromCodePoint(0x10ffff);

const snippet = (column: NotesColumn) =>
  `snippet(meeting_notes_fts, ${NOTES_COLUMNS.indexOf(column)}, char(2), char(3), '…', ${SNIPPET_TOKENS})`;

// Filtered searches: FTS5 sorts by rank and the join drops other reps' and dates' rows as it goes.
const FILTERED_SQL = (column: NotesColumn) => `
  SELECT f.rowid AS id, m.rep_id, r.name AS rep_name, m.scheduled_at, f.rank AS score, ${snippet(column)} AS marked
  FROM meeting_notes_fts f JOIN meetings m ON m.id = f.rowid JOIN reps r ON r.id = m.rep_id
  WHERE meeting_notes_fts MATCH @match AND (@repId IS NULL OR m.rep_id = @repId)
    AND m.scheduled_at >= @fromTs AND m.scheduled_at < @toTs
  ORDER BY f.rank LIMIT @limit`;

/*
 * Unfiltered searches in two steps. SQLite's own top-k sort over bm25() is cheaper than FTS5's
 * rank-sorted mode, which sorts every match; but then snippet() cannot run in the same pass (it
 * would run for every match), so it runs per returned row with the prefix already expanded into
 * index words: FTS5 re-expands a prefix on every evaluation, which costs more than the ranking.
 */
const RANKED_IDS_SQL = `SELECT rowid AS id, bm25(meeting_notes_fts) AS score FROM meeting_notes_fts
  WHERE meeting_notes_fts MATCH @match ORDER BY score, rowid LIMIT @limit`;

// better-sqlite3 binds JS numbers as REAL, and FTS5 silently ignores a REAL rowid equality (it
// takes the constraint over and then finds it not an integer), returning every match: hence CAST.
const HIT_SQL = (column: NotesColumn) => `
  SELECT f.rowid AS id, m.rep_id, r.name AS rep_name, m.scheduled_at, ${snippet(column)} AS marked
  FROM meeting_notes_fts f JOIN meetings m ON m.id = f.rowid JOIN reps r ON r.id = m.rep_id
  WHERE meeting_notes_fts MATCH @match AND f.rowid = CAST(@id AS INTEGER)`;

/** Index words of the notes, read from the FTS5 index itself (a per-connection temp table). */
const VOCABULARY_SQL =
  'CREATE VIRTUAL TABLE IF NOT EXISTS temp.meeting_notes_vocabulary USING fts5vocab(main, meeting_notes_fts, row)';
const PREFIX_WORDS_SQL = `SELECT term FROM temp.meeting_notes_vocabulary
  WHERE term >= @prefix AND term < @end ORDER BY term LIMIT ${MAX_PREFIX_WORDS + 1}`;

/** Search over one column of the one-on-one notes, best bm25 first, with a highlighted snippet. */
export function createNotesSearch(sql: SqlReader) {
  sql.run(VOCABULARY_SQL);

  // Index words are folded (lower case, no accents) by the tokenizer; a prefix is folded the same way.
  const expandPrefix = (word: string): string[] | null => {
    const prefix = fold(word);
    const words = sql.all<{ term: string }>(PREFIX_WORDS_SQL, { prefix, end: `${prefix}${LAST_CHAR}` });
    return words.length > MAX_PREFIX_WORDS ? null : words.map((row) => row.term);
  };

  return (column: NotesColumn, terms: readonly SearchTerm[], filters: NotesFilters): NotesHitRow[] => {
    const expression = matchExpression(terms);
    if (expression === null) return [];
    const match = inColumn(column, expression);
    const filtered = filters.repId !== null || filters.fromTs !== '' || filters.toTs !== '9999';
    const single = () => sql.all<NotesHitRow>(FILTERED_SQL(column), { ...filters, match });
    if (filtered) return single();

    const ranked = sql.all<{ id: number; score: number }>(RANKED_IDS_SQL, { match, limit: filters.limit });
    if (ranked.length === 0) return [];
    const exact = matchExpression(terms, expandPrefix);
    if (exact === null) return single();
    const hits: NotesHitRow[] = [];
    for (const { id, score } of ranked) {
      const row = sql.get<Omit<NotesHitRow, 'score'>>(HIT_SQL(column), { match: inColumn(column, exact), id });
      // The expansion folds accents like the tokenizer does for nearly every script; where it
      // differs a row no longer matches, and the one-pass query answers instead.
      if (!row) return single();
      hits.push({ ...row, score });
    }
    return hits;
  };
}
