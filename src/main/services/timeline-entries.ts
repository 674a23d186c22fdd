import type { TimelineEntry, TimelineKind } from '@shared/timeline/timeline';
import { excerptWords } from '@shared/brief/excerpt';
import type { SqlReader } from './sql';

/** Words of the shared notes a timeline row shows; the entry opened in full has the rest. */
const ROW_EXCERPT_WORDS = 30;

/*
 * A check-in has a day, not a time. Noon UTC is the same calendar day in every time zone from
 * UTC−11 to UTC+11, and unlike local noon it does not move with daylight saving, so a cursor
 * taken before a clock change still points at the same place.
 */
export const CHECK_IN_TIMESTAMP = `i.date || 'T12:00:00.000Z'`;

type EntryOf<K extends TimelineKind> = Extract<TimelineEntry, { kind: K }>;
type FieldOf<K extends TimelineKind> = Exclude<keyof EntryOf<K>, 'kind'> & string;

/** A kind's statement by id, and the entry fields its columns fill, in order. */
interface KindRows {
  sql: string;
  fields: readonly string[];
  /** What SQL cannot give, done to the entry in place. */
  finish?: (entry: Record<string, unknown>) => void;
}

/**
 * `columns` gives, for every field of the kind's entry (the type requires each one, once), the
 * SQL that selects it; the rows are selected by the `id` column. Rows come back as plain arrays
 * and `loadEntries` fills the fields: cheaper than having better-sqlite3 build an object per row
 * only to copy it.
 */
function kindRows<K extends TimelineKind>(
  columns: { [F in FieldOf<K>]: string },
  from: string,
  finish?: KindRows['finish'],
): KindRows {
  const selected: Record<string, string> = columns;
  return {
    sql: `SELECT ${Object.values(selected).join(', ')} FROM ${from} WHERE ${selected.id} IN (SELECT value FROM json_each(@ids))`,
    fields: Object.keys(selected),
    finish,
  };
}

const KIND_ROWS: Record<TimelineKind, KindRows> = {
  meeting: kindRows<'meeting'>(
    {
      id: 'm.id',
      timestamp: 'm.scheduled_at',
      meetingId: 'm.id',
      status: 'm.status',
      excerpt: 'substr(m.shared_notes_text, 1, 600)',
      hasPrivateNotes: 'length(m.private_notes_text) > 0',
      actionItemCount: `(SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status <> 'dropped')`,
    },
    'meetings m',
    // SQLite has no booleans, and cuts text at a character, not at a word.
    (entry) => {
      entry.excerpt = excerptWords(String(entry.excerpt), ROW_EXCERPT_WORDS).excerpt;
      entry.hasPrivateNotes = entry.hasPrivateNotes === 1;
    },
  ),
  follow_up: kindRows<'follow_up'>(
    {
      id: 'f.id',
      timestamp: 'm.scheduled_at',
      meetingId: 'f.meeting_id',
      actionItemId: 'f.action_item_id',
      actionItemTitle: 'a.title',
      outcome: 'f.outcome',
      note: 'f.note',
      newDueDate: 'f.new_due_date',
    },
    'follow_up_checks f JOIN meetings m ON m.id = f.meeting_id JOIN action_items a ON a.id = f.action_item_id',
  ),
  check_in: kindRows<'check_in'>(
    {
      id: 'i.id',
      timestamp: CHECK_IN_TIMESTAMP,
      meetingId: 'i.meeting_id',
      goalId: 'i.goal_id',
      goalTitle: 'g.title',
      date: 'i.date',
      value: 'i.value',
      unit: 'g.unit',
      note: 'i.note',
    },
    'goal_check_ins i JOIN goals g ON g.id = i.goal_id',
  ),
  rating: kindRows<'rating'>(
    {
      id: 's.id',
      timestamp: 'm.scheduled_at',
      meetingId: 's.meeting_id',
      skillId: 's.skill_id',
      skillName: 'k.name',
      rating: 's.rating',
      note: 's.note',
    },
    'skill_ratings s JOIN meetings m ON m.id = s.meeting_id JOIN skills k ON k.id = s.skill_id',
  ),
};

/** The list rows of entries of one kind, by id (an id that does not exist is simply absent). */
export function loadEntries(sql: SqlReader, kind: TimelineKind, ids: readonly number[]): Map<number, TimelineEntry> {
  const entries = new Map<number, TimelineEntry>();
  if (ids.length === 0) return entries;
  const { sql: statement, fields, finish } = KIND_ROWS[kind];
  for (const values of sql.values<unknown[]>(statement, { ids: JSON.stringify(ids) })) {
    const entry: Record<string, unknown> = { kind };
    fields.forEach((field, index) => {
      entry[field] = values[index];
    });
    finish?.(entry);
    // Complete by construction: kindRows' type lists every field of the kind's entry.
    entries.set(Number(entry.id), entry as unknown as TimelineEntry);
  }
  return entries;
}
