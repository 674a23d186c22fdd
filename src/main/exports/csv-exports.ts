import type { CsvExportKind } from '@shared/exports/exports';
import type { SqlReader } from '../services/sql';
import { csvDocument, type CsvCell } from './csv';
import { parseAgenda } from './stored-json';
import { calendarDayOf } from './report-figures';

/*
 * The spreadsheet exports. Private notes are never part of them: the meetings CSV carries the
 * shared notes' plain text only.
 */

/** Every rep's rows, or one rep's (for a review or a performance conversation). */
export type CsvScope = { repId?: number };

export function csvExport(sql: SqlReader, kind: CsvExportKind, scope: CsvScope = {}): string {
  switch (kind) {
    case 'action-items':
      return actionItemsCsv(sql, scope);
    case 'goals':
      return goalsCsv(sql, scope);
    case 'meetings':
      return meetingsCsv(sql, scope);
  }
}

/**
 * The WHERE clause and parameters that keep one rep's rows in SQL. A clause only when a rep is
 * chosen (not `@repId IS NULL OR …`), so SQLite can use the rep_id indexes.
 */
function repFilter(column: string, scope: CsvScope): { where: string; params: { repId?: number } } {
  return scope.repId === undefined
    ? { where: '', params: {} }
    : { where: `WHERE ${column} = @repId`, params: { repId: scope.repId } };
}

interface ItemRow {
  id: number;
  rep: string;
  meeting_at: string | null;
  title: string;
  owner: string;
  due_date: string | null;
  status: string;
  carry_count: number;
  completed_on: string | null;
  created_at: string;
}

interface CheckRow {
  action_item_id: number;
  checked_at: string;
  outcome: string;
  note: string | null;
  new_due_date: string | null;
}

/** One row per action item; its follow-up checks, oldest first, in one cell ("2026-03-02 not done: note → 2026-03-09"). */
function actionItemsCsv(sql: SqlReader, scope: CsvScope): string {
  const { where, params } = repFilter('a.rep_id', scope);
  const history = new Map<number, string[]>();
  const checks = sql.all<CheckRow>(
    `SELECT f.action_item_id, m.scheduled_at AS checked_at, f.outcome, f.note, f.new_due_date
     FROM follow_up_checks f JOIN meetings m ON m.id = f.meeting_id JOIN action_items a ON a.id = f.action_item_id
     ${where} ORDER BY f.action_item_id, m.scheduled_at, f.id`,
    params,
  );
  for (const check of checks) {
    const entry =
      `${calendarDayOf(check.checked_at)} ${check.outcome.replace('_', ' ')}` +
      (check.note ? `: ${check.note}` : '') +
      (check.new_due_date ? ` → due ${check.new_due_date}` : '');
    const list = history.get(check.action_item_id) ?? [];
    list.push(entry);
    history.set(check.action_item_id, list);
  }
  const rows = sql.all<ItemRow>(
    `SELECT a.id, r.name AS rep, m.scheduled_at AS meeting_at, a.title, a.owner, a.due_date, a.status, a.carry_count,
       a.completed_on, a.created_at
     FROM action_items a JOIN reps r ON r.id = a.rep_id LEFT JOIN meetings m ON m.id = a.meeting_id
     ${where} ORDER BY r.name COLLATE NOCASE, a.rep_id, a.created_at, a.id`,
    params,
  );
  return csvDocument(
    [
      'Id',
      'Rep',
      'Agreed in one-on-one',
      'Action item',
      'Owner',
      'Due date',
      'Status',
      'Carried',
      'Completed on',
      'Follow-ups',
      'Follow-up history',
    ],
    rows.map((row): CsvCell[] => {
      const entries = history.get(row.id) ?? [];
      return [
        row.id,
        row.rep,
        row.meeting_at ? calendarDayOf(row.meeting_at) : null,
        row.title,
        row.owner,
        row.due_date,
        row.status,
        row.carry_count,
        row.completed_on,
        entries.length,
        entries.join('\n'),
      ];
    }),
  );
}

/** One row per goal check-in; a goal without check-ins still gets one row. */
function goalsCsv(sql: SqlReader, scope: CsvScope): string {
  const { where, params } = repFilter('g.rep_id', scope);
  const rows = sql.all<{
    id: number;
    rep: string;
    title: string;
    kind: string;
    metric: string | null;
    unit: string | null;
    start_value: number | null;
    target_value: number | null;
    start_date: string;
    end_date: string;
    status: string;
    milestone_done: number;
    check_in_date: string | null;
    check_in_value: number | null;
    check_in_note: string | null;
  }>(
    `SELECT g.id, r.name AS rep, g.title, g.kind, g.metric, g.unit, g.start_value, g.target_value, g.start_date, g.end_date,
       g.status, g.milestone_done, c.date AS check_in_date, c.value AS check_in_value, c.note AS check_in_note
     FROM goals g JOIN reps r ON r.id = g.rep_id LEFT JOIN goal_check_ins c ON c.goal_id = g.id
     ${where} ORDER BY r.name COLLATE NOCASE, g.rep_id, g.start_date, g.id, c.date, c.id`,
    params,
  );
  return csvDocument(
    [
      'Goal id',
      'Rep',
      'Goal',
      'Kind',
      'Metric',
      'Unit',
      'Start value',
      'Target value',
      'Start date',
      'End date',
      'Status',
      'Milestone done',
      'Check-in date',
      'Check-in value',
      'Check-in note',
    ],
    rows.map((row): CsvCell[] => [
      row.id,
      row.rep,
      row.title,
      row.kind,
      row.metric,
      row.unit,
      row.start_value,
      row.target_value,
      row.start_date,
      row.end_date,
      row.status,
      row.kind === 'milestone' ? (row.milestone_done === 1 ? 'yes' : 'no') : null,
      row.check_in_date,
      row.check_in_value,
      row.check_in_note,
    ]),
  );
}

/** One row per one-on-one with its shared notes as plain text (never the private notes). */
function meetingsCsv(sql: SqlReader, scope: CsvScope): string {
  const { where, params } = repFilter('m.rep_id', scope);
  const rows = sql.all<{
    id: number;
    rep: string;
    scheduled_at: string;
    duration_minutes: number;
    status: string;
    agenda: string;
    shared_notes_text: string;
    items: number;
    checks: number;
  }>(
    `SELECT m.id, r.name AS rep, m.scheduled_at, m.duration_minutes, m.status, m.agenda, m.shared_notes_text,
       (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id) AS items,
       (SELECT count(*) FROM follow_up_checks f WHERE f.meeting_id = m.id) AS checks
     FROM meetings m JOIN reps r ON r.id = m.rep_id
     ${where} ORDER BY r.name COLLATE NOCASE, m.rep_id, m.scheduled_at, m.id`,
    params,
  );
  return csvDocument(
    [
      'Id',
      'Rep',
      'Date',
      'Scheduled at (UTC)',
      'Duration (min)',
      'Status',
      'Agenda',
      'Action items agreed',
      'Follow-ups recorded',
      'Shared notes',
    ],
    rows.map((row): CsvCell[] => [
      row.id,
      row.rep,
      calendarDayOf(row.scheduled_at),
      row.scheduled_at,
      row.duration_minutes,
      row.status,
      parseAgenda(row.agenda)
        .map((line) => `${line.done ? '[x]' : '[ ]'} ${line.title}`)
        .join('\n'),
      row.items,
      row.checks,
      row.shared_notes_text,
    ]),
  );
}
