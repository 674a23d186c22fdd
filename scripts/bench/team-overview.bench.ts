import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import type { TeamOverview, TeamOverviewRow } from '@shared/accountability/accountability';
import { addDays, calendarDayOf, daysBetween, firstDayOfMonth, lastMonths } from '@shared/accountability/calendar-days';
import { daysSince, isMeetingOverdue, nextMeetingDue } from '@shared/accountability/cadence';
import type { MonthlyPoint } from '@shared/accountability/figures';
import { needsAttention } from '@shared/accountability/needs-attention';
import { resolvePeriod } from '@shared/accountability/period';
import { groupByRep, startOfLocalDay, type RepMeetingsRow } from '../../src/main/services/accountability-rows';
import {
  fallingSkills,
  offTrackGoals,
  rankByAttention,
  TEAM_TREND_MONTHS,
  type GoalRow,
  type RatingRow,
} from '../../src/main/services/team-overview';
import type { BenchCase } from './measure';

interface CountsRow {
  rep_id: number;
  month: string;
  due: number;
  done: number;
  on_time: number;
  covered: number;
}

const rate = (count: number, total: number) => (total === 0 ? null : count / total);

/**
 * The team view for every active rep over the last 90 days, with the 6-month trend.
 * The baseline lets SQLite do the counting (GROUP BY rep and month, conditional sums) and keeps
 * only the presentation rules (pacing, attention wording) in JS, shared with the app.
 */
export function teamOverviewBench(core: CoachbookCore, raw: Database, now: Date): BenchCase<TeamOverview> {
  const repsSql = raw.prepare(`
    SELECT r.id, r.name, r.team, r.cadence,
      (SELECT max(m.scheduled_at) FROM meetings m WHERE m.rep_id = r.id AND m.status = 'held') AS last_held_at,
      (SELECT min(m.scheduled_at) FROM meetings m WHERE m.rep_id = r.id AND m.status = 'scheduled' AND m.scheduled_at >= @todayStart) AS next_at
    FROM reps r WHERE r.status = 'active' ORDER BY r.name COLLATE NOCASE, r.id`);
  // Per rep and due month: |D|, done, done on time, covered. Summing months in the period gives the period's figures.
  const countsSql = raw.prepare(`
    SELECT a.rep_id, substr(a.due_date, 1, 7) AS month, count(*) AS due,
      sum(a.status = 'done') AS done,
      sum(a.status = 'done' AND a.completed_on <= a.due_date) AS on_time,
      sum(a.status = 'done' OR EXISTS (SELECT 1 FROM follow_up_checks c WHERE c.action_item_id = a.id)) AS covered
    FROM action_items a
    WHERE a.status IN ('open', 'done') AND a.owner = 'rep' AND a.due_date BETWEEN @from AND @today
    GROUP BY a.rep_id, month`);
  const periodSql = raw.prepare(`
    SELECT a.rep_id, count(*) AS due, sum(a.status = 'done') AS done,
      sum(a.status = 'done' OR EXISTS (SELECT 1 FROM follow_up_checks c WHERE c.action_item_id = a.id)) AS covered
    FROM action_items a
    WHERE a.status IN ('open', 'done') AND a.owner = 'rep' AND a.due_date BETWEEN @from AND @today
    GROUP BY a.rep_id`);
  const openSql = raw.prepare(`
    SELECT rep_id, count(*) AS open, sum(due_date < @today) AS overdue FROM action_items
    WHERE status = 'open' AND owner = 'rep' GROUP BY rep_id`);
  const goalsSql = raw.prepare(`
    SELECT g.rep_id, g.title, g.start_value, g.target_value, g.start_date, g.end_date,
      (SELECT i.value FROM goal_check_ins i WHERE i.goal_id = g.id ORDER BY i.date DESC, i.id DESC LIMIT 1) AS latest
    FROM reps r JOIN goals g ON g.rep_id = r.id AND g.status = 'active'
    WHERE r.status = 'active' AND g.kind = 'metric' AND g.start_date <= @today ORDER BY g.end_date, g.id`);
  // Only the last four ratings of each skill decide whether it is falling.
  const ratingsSql = raw.prepare(`
    SELECT rep_id, skill_id, skill_name, rating FROM (
      SELECT m.rep_id, s.skill_id, k.name AS skill_name, s.rating, m.scheduled_at, s.id AS rating_id,
        row_number() OVER (PARTITION BY m.rep_id, s.skill_id ORDER BY m.scheduled_at DESC, s.id DESC) AS recent
      FROM meetings m JOIN skill_ratings s ON s.meeting_id = m.id JOIN skills k ON k.id = s.skill_id AND k.retired_at IS NULL
      WHERE m.status = 'held' AND m.scheduled_at >= @since)
    WHERE recent <= 4 ORDER BY scheduled_at, rating_id`);

  return {
    name: 'team view (100 reps, last 90 days, 6-month trend, attention ranking)',
    budget: { medianMs: 30, ratio: 2 },
    app: async () => {
      const result = await core.registry.dispatch('team.overview', { period: { kind: 'last', days: 90 } });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as TeamOverview;
    },
    raw: () => {
      const today = calendarDayOf(now);
      const period = resolvePeriod({ kind: 'last', days: 90 }, today);
      const months = lastMonths(today, TEAM_TREND_MONTHS);
      const trendFrom = firstDayOfMonth(months[0] ?? today);
      const monthly = groupByRep(countsSql.all({ from: trendFrom, today }) as CountsRow[]);
      const inPeriod = new Map(
        (periodSql.all({ from: period.from, today }) as CountsRow[]).map((row) => [row.rep_id, row]),
      );
      const open = new Map(
        (openSql.all({ today }) as Array<{ rep_id: number; open: number; overdue: number }>).map((row) => [
          row.rep_id,
          row,
        ]),
      );
      const goals = groupByRep(goalsSql.all({ today }) as GoalRow[]);
      const ratings = groupByRep(ratingsSql.all({ since: startOfLocalDay(addDays(today, -180)) }) as RatingRow[]);
      const rows = (repsSql.all({ todayStart: startOfLocalDay(today) }) as RepMeetingsRow[]).map(
        (rep): TeamOverviewRow => {
          const counts = inPeriod.get(rep.id);
          const due = counts?.due ?? 0;
          const followThroughRate = rate(counts?.done ?? 0, due);
          const lastHeldOn = rep.last_held_at === null ? null : calendarDayOf(new Date(rep.last_held_at));
          const meetingOverdue = isMeetingOverdue(lastHeldOn, rep.cadence, today);
          const daysSinceLastHeld = daysSince(lastHeldOn, today);
          const overdue = open.get(rep.id)?.overdue ?? 0;
          const byMonth = new Map((monthly.get(rep.id) ?? []).map((row) => [row.month, row]));
          const trend = months.map((month): MonthlyPoint => {
            const row = byMonth.get(month);
            const total = row?.due ?? 0;
            return {
              month,
              dueCount: total,
              followThroughRate: rate(row?.done ?? 0, total),
              onTimeRate: rate(row?.on_time ?? 0, total),
              coverageRate: rate(row?.covered ?? 0, total),
            };
          });
          const attention = needsAttention({
            meetingOverdue,
            daysSinceLastHeld,
            meetingDaysOverdue:
              meetingOverdue && lastHeldOn !== null ? daysBetween(nextMeetingDue(lastHeldOn, rep.cadence), today) : 0,
            overdueCommitments: overdue,
            followThroughRate,
            dueCount: due,
            periodLabel: period.label,
            offTrackGoals: offTrackGoals(goals.get(rep.id) ?? [], today),
            fallingSkills: fallingSkills(ratings.get(rep.id) ?? []),
          });
          return {
            repId: rep.id,
            repName: rep.name,
            team: rep.team,
            cadence: rep.cadence,
            nextOneOnOneAt: rep.next_at,
            lastHeldAt: rep.last_held_at,
            lastHeldOn,
            daysSinceLastHeld,
            meetingOverdue,
            openCommitments: open.get(rep.id)?.open ?? 0,
            overdueCommitments: overdue,
            dueCount: due,
            followThroughRate,
            coverageRate: rate(counts?.covered ?? 0, due),
            trend,
            attentionScore: attention.score,
            attentionReasons: attention.reasons,
          };
        },
      );
      return { today, period, rows: rankByAttention(rows) };
    },
  };
}
