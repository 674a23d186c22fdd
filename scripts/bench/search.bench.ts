import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import type { NotesHitRow } from '../../src/main/services/notes-search';
import { mergeHits, repNameMatches, type ActionItemHitRow, type GoalHitRow } from '../../src/main/services/search';
import { searchWords } from '@shared/search/fts-query';
import type { SearchHit } from '@shared/search/search';
import type { BenchCase } from './measure';
import { SCRATCH_REP } from './meeting-save.bench';

const LIMIT = 20;

/** A phrase written once, two years before the demo's today, in a private note: what the rare-phrase search finds. */
export const RARE_PRIVATE_PHRASE = 'Asked about a sabbatical in Patagonia next spring.';

/**
 * The demo vocabulary repeats every phrase hundreds of times, so the rare phrase is added once, as
 * a held one-on-one of the archived scratch rep (see meeting-save.bench.ts), if it is not there yet.
 */
export function ensureRarePrivateNote(writer: Database): void {
  const rep = writer.prepare('SELECT id FROM reps WHERE name = ?').get(SCRATCH_REP) as { id: number } | undefined;
  if (!rep) throw new Error('run the save benchmark first: it creates the scratch rep');
  const present = writer
    .prepare('SELECT 1 FROM meetings WHERE rep_id = ? AND private_notes_text = ?')
    .get(rep.id, RARE_PRIVATE_PHRASE);
  if (present) return;
  const at = '2024-11-20T10:00:00.000Z';
  writer
    .prepare(
      `INSERT INTO meetings (rep_id, scheduled_at, duration_minutes, status, agenda, shared_notes_text, private_notes_json, private_notes_text, notes_revision, held_at, created_at, updated_at)
       VALUES (?, ?, 30, 'held', '[]', '', ?, ?, 1, ?, ?, ?)`,
    )
    .run(
      rep.id,
      at,
      JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: RARE_PRIVATE_PHRASE }] }],
      }),
      RARE_PRIVATE_PHRASE,
      at,
      at,
      at,
    );
}

/**
 * Ctrl/Cmd+K search. The baseline is hand-written FTS5 SQL over the same four indexes
 * with the same MATCH text, merged by the same pure function, so the ratio is what the app's
 * input parsing, query building and statement handling cost on top of FTS5 itself.
 */
export function searchBench(
  core: CoachbookCore,
  raw: Database,
  label: string,
  text: string,
  match: string,
): BenchCase<SearchHit[]> {
  const notes = (column: number) =>
    raw.prepare(`SELECT f.rowid AS id, m.rep_id, r.name AS rep_name, m.scheduled_at, f.rank AS score,
        snippet(meeting_notes_fts, ${column}, char(2), char(3), '…', 16) AS marked
      FROM meeting_notes_fts f JOIN meetings m ON m.id = f.rowid JOIN reps r ON r.id = m.rep_id
      WHERE meeting_notes_fts MATCH ? ORDER BY f.rank LIMIT ${LIMIT}`);
  const shared = notes(0);
  const privateNotes = notes(1);
  const items =
    raw.prepare(`SELECT f.rowid AS id, a.rep_id, r.name AS rep_name, a.meeting_id, a.status, a.due_date, f.rank AS score,
      highlight(action_items_fts, 0, char(2), char(3)) AS marked
    FROM action_items_fts f JOIN action_items a ON a.id = f.rowid JOIN reps r ON r.id = a.rep_id
    WHERE action_items_fts MATCH ? ORDER BY f.rank LIMIT ${LIMIT}`);
  const goals = raw.prepare(`SELECT f.rowid AS id, g.rep_id, r.name AS rep_name, g.status, g.end_date, f.rank AS score,
      highlight(goals_fts, 0, char(2), char(3)) AS marked, highlight(goals_fts, 1, char(2), char(3)) AS marked_metric
    FROM goals_fts f JOIN goals g ON g.id = f.rowid JOIN reps r ON r.id = g.rep_id
    WHERE goals_fts MATCH ? ORDER BY f.rank LIMIT ${LIMIT}`);
  const reps = raw.prepare('SELECT id, name FROM reps ORDER BY name, id');
  const words = searchWords(text);

  return {
    name: `search: ${label}, ${text}`,
    budget: { p95Ms: 25, ratio: 1.5 },
    app: async () => {
      const result = await core.registry.dispatch('search.query', { text, limit: LIMIT });
      if (!result.ok) throw new Error(result.error.message);
      const hits = result.value as SearchHit[];
      if (hits.length === 0) throw new Error(`search for "${text}" found nothing in the benchmark set`);
      return hits;
    },
    raw: () =>
      mergeHits(
        (reps.all() as Array<{ id: number; name: string }>).filter((rep) => repNameMatches(rep.name, words)),
        words,
        {
          shared: shared.all(`shared_notes_text : (${match})`) as NotesHitRow[],
          private: privateNotes.all(`private_notes_text : (${match})`) as NotesHitRow[],
          actionItems: items.all(match) as ActionItemHitRow[],
          goals: goals.all(match) as GoalHitRow[],
        },
        LIMIT,
      ),
  };
}
