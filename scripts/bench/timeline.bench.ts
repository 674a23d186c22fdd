import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import { excerptWords } from '@shared/brief/excerpt';
import type { CheckOutcome, GoalUnit } from '@shared/goals/goal';
import type { MeetingStatus } from '@shared/meetings/meeting';
import type { TimelineEntry, TimelineKind, TimelinePage } from '@shared/timeline/timeline';
import type { BenchCase } from './measure';

const PAGE = 50;

/** The active rep whose number of one-on-ones is closest to 260 (five years of weekly meetings). */
export function pickRepWithMeetings(raw: Database, target: number): { id: number; meetings: number } {
  const row = raw
    .prepare(
      `SELECT m.rep_id AS id, count(*) AS meetings FROM meetings m JOIN reps r ON r.id = m.rep_id WHERE r.status = 'active'
       GROUP BY m.rep_id ORDER BY abs(count(*) - ?), m.rep_id LIMIT 1`,
    )
    .get(target) as { id: number; meetings: number } | undefined;
  if (!row) throw new Error('the benchmark set has no rep with one-on-ones');
  return row;
}

interface RawEntryRow {
  kind: TimelineKind;
  k: number;
  id: number;
  ts: string;
  meeting_id: number | null;
  a: string | number | null;
  b: string | number | null;
  c: string | number | null;
  d: string | number | null;
  e: string | number | null;
}

/** The first page (50 entries) of a rep's history timeline. */
export function timelineBench(core: CoachbookCore, raw: Database): BenchCase<TimelinePage> {
  const rep = pickRepWithMeetings(raw, 260);
  // The baseline reads the whole first page in one statement: each kind's newest 51 rows, merged.
  const statement = raw.prepare(`
    SELECT * FROM (
      SELECT 'meeting' AS kind, 3 AS k, m.id, m.scheduled_at AS ts, m.id AS meeting_id, m.status AS a,
        substr(m.shared_notes_text, 1, 600) AS b, length(m.private_notes_text) > 0 AS c,
        (SELECT count(*) FROM action_items x WHERE x.meeting_id = m.id AND x.status <> 'dropped') AS d, NULL AS e
      FROM meetings m WHERE m.rep_id = @repId ORDER BY m.scheduled_at DESC, m.id DESC LIMIT @limit)
    UNION ALL SELECT * FROM (
      SELECT 'follow_up', 2, f.id, m.scheduled_at, f.meeting_id, f.action_item_id, x.title, f.outcome, f.note, f.new_due_date
      FROM meetings m JOIN follow_up_checks f ON f.meeting_id = m.id JOIN action_items x ON x.id = f.action_item_id
      WHERE m.rep_id = @repId ORDER BY m.scheduled_at DESC, f.id DESC LIMIT @limit)
    UNION ALL SELECT * FROM (
      SELECT 'rating', 1, s.id, m.scheduled_at, s.meeting_id, s.skill_id, sk.name, s.rating, s.note, NULL
      FROM meetings m JOIN skill_ratings s ON s.meeting_id = m.id JOIN skills sk ON sk.id = s.skill_id
      WHERE m.rep_id = @repId ORDER BY m.scheduled_at DESC, s.id DESC LIMIT @limit)
    UNION ALL SELECT * FROM (
      SELECT 'check_in', 0, i.id, i.date || 'T12:00:00.000Z', i.meeting_id, i.goal_id, g.title, i.value, i.note, g.unit || char(31) || i.date
      FROM goals g JOIN goal_check_ins i ON i.goal_id = g.id
      WHERE g.rep_id = @repId ORDER BY i.date DESC, i.id DESC LIMIT @limit)
    ORDER BY ts DESC, k DESC, id DESC LIMIT @limit`);

  const toEntry = (row: RawEntryRow): TimelineEntry => {
    const base = { id: row.id, timestamp: row.ts };
    switch (row.kind) {
      case 'meeting':
        return {
          ...base,
          kind: 'meeting',
          meetingId: row.id,
          status: row.a as MeetingStatus,
          excerpt: excerptWords(String(row.b), 30).excerpt,
          hasPrivateNotes: row.c === 1,
          actionItemCount: Number(row.d),
        };
      case 'follow_up':
        return {
          ...base,
          kind: 'follow_up',
          meetingId: Number(row.meeting_id),
          actionItemId: Number(row.a),
          actionItemTitle: String(row.b),
          outcome: row.c as CheckOutcome,
          note: row.d as string | null,
          newDueDate: row.e as string | null,
        };
      case 'rating':
        return {
          ...base,
          kind: 'rating',
          meetingId: Number(row.meeting_id),
          skillId: Number(row.a),
          skillName: String(row.b),
          rating: Number(row.c),
          note: row.d as string | null,
        };
      case 'check_in': {
        const [unit, date] = String(row.e).split('\u001f');
        return {
          ...base,
          kind: 'check_in',
          meetingId: row.meeting_id,
          goalId: Number(row.a),
          goalTitle: String(row.b),
          date: date ?? '',
          value: Number(row.c),
          unit: (unit || null) as GoalUnit | null,
          note: row.d as string | null,
        };
      }
    }
  };

  return {
    name: `timeline first page (rep with ${rep.meetings} one-on-ones)`,
    budget: { medianMs: 10 },
    app: async () => {
      const result = await core.registry.dispatch('timeline.page', { repId: rep.id, pageSize: PAGE });
      if (!result.ok) throw new Error(result.error.message);
      const page = result.value as TimelinePage;
      if (page.entries.length !== PAGE) throw new Error('the first page should be full');
      return page;
    },
    raw: () => {
      const rows = statement.all({ repId: rep.id, limit: PAGE + 1 }) as RawEntryRow[];
      const entries = rows.slice(0, PAGE).map(toEntry);
      const last = rows[PAGE - 1];
      return {
        entries,
        nextCursor: rows.length > PAGE && last ? { timestamp: last.ts, kind: last.kind, id: last.id } : null,
      };
    },
  };
}
