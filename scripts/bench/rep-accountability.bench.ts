import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import type {
  CheckHistoryEntry,
  CommitmentWithHistory,
  OwnerAccountability,
  RepAccountability,
} from '@shared/accountability/accountability';
import { addDays, calendarDayOf, firstDayOfMonth, lastMonths } from '@shared/accountability/calendar-days';
import type { CommitmentOwner } from '@shared/accountability/figures';
import { resolvePeriod } from '@shared/accountability/period';
import { startOfLocalDay } from '../../src/main/services/accountability-rows';
import { REP_TREND_MONTHS } from '../../src/main/services/rep-accountability';
import type { BenchCase } from './measure';

interface CountsRow {
  owner: CommitmentOwner;
  month: string;
  due: number;
  done: number;
  on_time: number;
  covered: number;
  days_late: number;
}

interface CommitmentRow extends Omit<
  CommitmentWithHistory,
  'checks' | 'dueDate' | 'completedOn' | 'carryCount' | 'createdAt' | 'meetingId' | 'meetingScheduledAt'
> {
  due_date: string | null;
  completed_on: string | null;
  carry_count: number;
  created_at: string;
  meeting_id: number | null;
  meeting_scheduled_at: string | null;
}

interface CheckRow extends Omit<
  CheckHistoryEntry,
  'meetingId' | 'meetingScheduledAt' | 'newDueDate' | 'previousDueDate' | 'createdAt'
> {
  action_item_id: number;
  meeting_id: number;
  meeting_scheduled_at: string;
  new_due_date: string | null;
  previous_due_date: string | null;
  created_at: string;
}

const rate = (count: number, total: number) => (total === 0 ? null : count / total);

/** One rep's accountability tab for the last 365 days, with the 12-month chart and the check history. */
export function repAccountabilityBench(
  core: CoachbookCore,
  raw: Database,
  now: Date,
  repId: number,
): BenchCase<RepAccountability> {
  // INDEXED BY: without statistics SQLite would walk (status, due_date) across the whole team.
  const counted = `FROM action_items a INDEXED BY IDX_action_items_rep_id_status WHERE a.rep_id = @repId AND a.status IN ('open', 'done') AND a.due_date BETWEEN @from AND @today`;
  const measures = `count(*) AS due, sum(a.status = 'done') AS done,
    sum(a.status = 'done' AND a.completed_on <= a.due_date) AS on_time,
    sum(a.status = 'done' OR EXISTS (SELECT 1 FROM follow_up_checks c WHERE c.action_item_id = a.id)) AS covered,
    sum(max(0, julianday(CASE WHEN a.status = 'done' THEN coalesce(a.completed_on, a.due_date) ELSE @today END) - julianday(a.due_date))) AS days_late`;
  const periodSql = raw.prepare(`SELECT a.owner, ${measures} ${counted} GROUP BY a.owner`);
  const monthlySql = raw.prepare(
    `SELECT a.owner, substr(a.due_date, 1, 7) AS month, ${measures} ${counted} GROUP BY a.owner, month`,
  );
  const openSql = raw.prepare(
    `SELECT owner, count(*) AS open, sum(due_date < @today) AS overdue FROM action_items INDEXED BY IDX_action_items_rep_id_status WHERE rep_id = @repId AND status = 'open' GROUP BY owner`,
  );
  const listed = `a.rep_id = @repId AND (a.status = 'open' OR a.due_date BETWEEN @from AND @to OR (a.created_at >= @madeFrom AND a.created_at < @madeBefore))`;
  const commitmentsSql = raw.prepare(`
    SELECT a.id, a.title, a.owner, a.status, a.due_date, a.completed_on, a.carry_count, a.created_at, a.meeting_id, o.scheduled_at AS meeting_scheduled_at
    FROM action_items a LEFT JOIN meetings o ON o.id = a.meeting_id WHERE ${listed}
    ORDER BY a.due_date IS NULL, a.due_date DESC, a.id DESC`);
  const checksSql = raw.prepare(`
    SELECT c.action_item_id, c.meeting_id, m.scheduled_at AS meeting_scheduled_at, c.outcome, c.note, c.new_due_date, c.previous_due_date, c.created_at
    FROM action_items a JOIN follow_up_checks c ON c.action_item_id = a.id JOIN meetings m ON m.id = c.meeting_id
    WHERE ${listed} ORDER BY m.scheduled_at, c.id`);

  return {
    name: 'one rep’s accountability (365 days, 12-month series, check history)',
    budget: { medianMs: 10, ratio: 2 },
    app: async () => {
      const result = await core.registry.dispatch('accountability.forRep', {
        repId,
        period: { kind: 'last', days: 365 },
      });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as RepAccountability;
    },
    raw: () => {
      const today = calendarDayOf(now);
      const period = resolvePeriod({ kind: 'last', days: 365 }, today);
      const months = lastMonths(today, REP_TREND_MONTHS);
      const periodRows = periodSql.all({ repId, from: period.from, today }) as CountsRow[];
      const monthlyRows = monthlySql.all({ repId, from: firstDayOfMonth(months[0] ?? today), today }) as CountsRow[];
      const openRows = openSql.all({ repId, today }) as Array<{
        owner: CommitmentOwner;
        open: number;
        overdue: number;
      }>;
      const owner = (who: CommitmentOwner): OwnerAccountability => {
        const row = periodRows.find((candidate) => candidate.owner === who);
        const due = row?.due ?? 0;
        const open = openRows.find((candidate) => candidate.owner === who);
        const byMonth = new Map(
          monthlyRows.filter((candidate) => candidate.owner === who).map((candidate) => [candidate.month, candidate]),
        );
        return {
          figures: {
            dueCount: due,
            doneCount: row?.done ?? 0,
            onTimeCount: row?.on_time ?? 0,
            coveredCount: row?.covered ?? 0,
            followThroughRate: rate(row?.done ?? 0, due),
            onTimeRate: rate(row?.on_time ?? 0, due),
            coverageRate: rate(row?.covered ?? 0, due),
            averageDaysOverdue: rate(row?.days_late ?? 0, due),
            openCount: open?.open ?? 0,
            overdueCount: open?.overdue ?? 0,
          },
          monthly: months.map((month) => {
            const point = byMonth.get(month);
            const total = point?.due ?? 0;
            return {
              month,
              dueCount: total,
              followThroughRate: rate(point?.done ?? 0, total),
              onTimeRate: rate(point?.on_time ?? 0, total),
              coverageRate: rate(point?.covered ?? 0, total),
            };
          }),
        };
      };
      const listParams = {
        repId,
        from: period.from,
        to: period.to,
        madeFrom: startOfLocalDay(period.from),
        madeBefore: startOfLocalDay(addDays(period.to, 1)),
      };
      const history = new Map<number, CheckHistoryEntry[]>();
      for (const check of checksSql.all(listParams) as CheckRow[]) {
        const entry: CheckHistoryEntry = {
          meetingId: check.meeting_id,
          meetingScheduledAt: check.meeting_scheduled_at,
          outcome: check.outcome,
          note: check.note,
          newDueDate: check.new_due_date,
          previousDueDate: check.previous_due_date,
          createdAt: check.created_at,
        };
        const list = history.get(check.action_item_id);
        if (list) list.push(entry);
        else history.set(check.action_item_id, [entry]);
      }
      const commitments = (commitmentsSql.all(listParams) as CommitmentRow[]).map((row) => ({
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
        checks: history.get(row.id) ?? [],
      }));
      return { repId, today, period, rep: owner('rep'), manager: owner('manager'), commitments };
    },
  };
}
