import type { AccountabilityItem } from '@shared/accountability/figures';
import { calendarDayOf } from '@shared/accountability/calendar-days';
import type { Cadence } from '@shared/reps/rep';
import type { Clock } from './clock';

/** "Today" is the manager's calendar day: the machine's local day, not UTC's. */
export const localToday = (clock: Clock): string => calendarDayOf(clock.now());

/** The instant local midnight of a calendar day begins, as stored instants are written. */
export function startOfLocalDay(day: string): string {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))).toISOString();
}

/** An action item as the figures read it, with whether any follow-up check exists for it. */
export interface FigureItemRow {
  id: number;
  rep_id: number;
  owner: AccountabilityItem['owner'];
  due_date: string | null;
  status: AccountabilityItem['status'];
  completed_on: string | null;
  checked: number;
}

export const toAccountabilityItem = (row: FigureItemRow): AccountabilityItem => ({
  id: row.id,
  owner: row.owner,
  dueDate: row.due_date,
  status: row.status,
  completedOn: row.completed_on,
});

/** Active reps with their last held and next scheduled one-on-one: one index probe each per rep. */
export interface RepMeetingsRow {
  id: number;
  name: string;
  team: string | null;
  cadence: Cadence;
  last_held_at: string | null;
  next_at: string | null;
}

export const ACTIVE_REPS_MEETINGS_SQL = `
  SELECT r.id, r.name, r.team, r.cadence,
    (SELECT max(m.scheduled_at) FROM meetings m WHERE m.rep_id = r.id AND m.status = 'held') AS last_held_at,
    (SELECT min(m.scheduled_at) FROM meetings m WHERE m.rep_id = r.id AND m.status = 'scheduled' AND m.scheduled_at >= @todayStart) AS next_at
  FROM reps r
  WHERE r.status = 'active' AND (@team IS NULL OR r.team = @team)
  ORDER BY r.name COLLATE NOCASE, r.id`;

/** Groups rows by rep id, keeping their order. */
export function groupByRep<Row extends { rep_id: number }>(rows: readonly Row[]): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.rep_id);
    if (group) group.push(row);
    else groups.set(row.rep_id, [row]);
  }
  return groups;
}

/** The ids of the items that got at least one follow-up check: what coverage counts. */
export const checkedIds = (rows: readonly FigureItemRow[]): Set<number> =>
  new Set(rows.filter((row) => row.checked === 1).map((row) => row.id));
