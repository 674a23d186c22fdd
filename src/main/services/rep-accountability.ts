import type { DataSource } from 'typeorm';
import type {
  CheckHistoryEntry,
  CommitmentWithHistory,
  RepAccountability,
} from '@shared/accountability/accountability';
import { addDays, firstDayOfMonth, lastMonths } from '@shared/accountability/calendar-days';
import {
  figuresOver,
  monthlySeries,
  type AccountabilityItem,
  type CommitmentOwner,
} from '@shared/accountability/figures';
import { resolvePeriod } from '@shared/accountability/period';
import type { ApiParsedInput } from '@shared/api/contract';
import type { FollowUpOutcome } from '@shared/follow-ups/follow-up';
import { notFound } from '../errors';
import { localToday, startOfLocalDay } from './accountability-rows';
import type { Clock } from './clock';
import { SqlReader } from './sql';

/** Months in the rep page's follow-through chart. */
export const REP_TREND_MONTHS = 12;

interface CommitmentRow {
  id: number;
  title: string;
  owner: CommitmentOwner;
  status: AccountabilityItem['status'];
  due_date: string | null;
  completed_on: string | null;
  carry_count: number;
  created_at: string;
  meeting_id: number | null;
  meeting_scheduled_at: string | null;
}

interface CheckRow {
  action_item_id: number;
  meeting_id: number;
  meeting_scheduled_at: string;
  outcome: FollowUpOutcome;
  note: string | null;
  new_due_date: string | null;
  previous_due_date: string | null;
  created_at: string;
}

// Everything the tab can need of one rep: open items, items due since the earliest day the figures
// or the chart look at, items made since the period began. The (rep_id, status) index finds the
// rep's items; the rest is a filter over a few hundred rows at most.
const LOADED = `a.rep_id = @repId AND (a.status = 'open' OR a.due_date >= @dueFrom OR a.created_at >= @createdFrom)`;

const COMMITMENTS_SQL = `
  SELECT a.id, a.title, a.owner, a.status, a.due_date, a.completed_on, a.carry_count, a.created_at, a.meeting_id,
    o.scheduled_at AS meeting_scheduled_at
  FROM action_items a LEFT JOIN meetings o ON o.id = a.meeting_id
  WHERE ${LOADED}
  ORDER BY a.due_date IS NULL, a.due_date DESC, a.id DESC`;

const CHECKS_SQL = `
  SELECT c.action_item_id, c.meeting_id, m.scheduled_at AS meeting_scheduled_at, c.outcome, c.note, c.new_due_date,
    c.previous_due_date, c.created_at
  FROM action_items a
  JOIN follow_up_checks c ON c.action_item_id = a.id
  JOIN meetings m ON m.id = c.meeting_id
  WHERE ${LOADED}
  ORDER BY m.scheduled_at, c.id`;

export type RepAccountabilityService = ReturnType<typeof createRepAccountabilityService>;

export function createRepAccountabilityService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);

  return {
    forRep({ repId, period: chosen }: ApiParsedInput<'accountability.forRep'>): RepAccountability {
      if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [repId])) throw notFound('rep', repId);
      const today = localToday(clock);
      const period = resolvePeriod(chosen, today);
      const chartFrom = firstDayOfMonth(lastMonths(today, REP_TREND_MONTHS)[0] ?? today.slice(0, 7));
      const params = {
        repId,
        dueFrom: period.from < chartFrom ? period.from : chartFrom,
        createdFrom: startOfLocalDay(period.from),
      };
      const rows = sql.all<CommitmentRow>(COMMITMENTS_SQL, params);
      const checks = sql.all<CheckRow>(CHECKS_SQL, params);

      const history = new Map<number, CheckHistoryEntry[]>();
      for (const check of checks) {
        const entry = toHistoryEntry(check);
        const list = history.get(check.action_item_id);
        if (list) list.push(entry);
        else history.set(check.action_item_id, [entry]);
      }
      const items = rows.map(toItem);
      const madeFrom = params.createdFrom;
      const madeBefore = startOfLocalDay(addDays(period.to, 1));
      // The list: open, or due in the period, or made in it (by the manager's calendar).
      const listed = (row: CommitmentRow) =>
        row.status === 'open' ||
        (row.due_date !== null && row.due_date >= period.from && row.due_date <= period.to) ||
        (row.created_at >= madeFrom && row.created_at < madeBefore);
      const checked = new Set(history.keys());
      const ownerFigures = (owner: CommitmentOwner) => ({
        figures: figuresOver(items, checked, period, today, owner),
        monthly: monthlySeries(items, checked, today, REP_TREND_MONTHS, owner),
      });
      return {
        repId,
        today,
        period,
        rep: ownerFigures('rep'),
        manager: ownerFigures('manager'),
        commitments: rows.filter(listed).map((row) => toCommitment(row, history.get(row.id) ?? [])),
      };
    },
  };
}

const toItem = (row: CommitmentRow): AccountabilityItem => ({
  id: row.id,
  owner: row.owner,
  dueDate: row.due_date,
  status: row.status,
  completedOn: row.completed_on,
});

const toHistoryEntry = (row: CheckRow): CheckHistoryEntry => ({
  meetingId: row.meeting_id,
  meetingScheduledAt: row.meeting_scheduled_at,
  outcome: row.outcome,
  note: row.note,
  newDueDate: row.new_due_date,
  previousDueDate: row.previous_due_date,
  createdAt: row.created_at,
});

const toCommitment = (row: CommitmentRow, checks: CheckHistoryEntry[]): CommitmentWithHistory => ({
  id: row.id,
  title: row.title,
  owner: row.owner,
  status: row.status,
  dueDate: row.due_date,
  completedOn: row.completed_on,
  carryCount: row.carry_count,
  createdAt: row.created_at,
  meetingId: row.meeting_id,
  meetingScheduledAt: row.meeting_scheduled_at,
  checks,
});
