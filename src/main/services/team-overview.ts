import type { DataSource } from 'typeorm';
import type { TeamOverview, TeamOverviewRow } from '@shared/accountability/accountability';
import { addDays, daysBetween, firstDayOfMonth, lastMonths } from '@shared/accountability/calendar-days';
import { daysSince, isMeetingOverdue, nextMeetingDue } from '@shared/accountability/cadence';
import { figuresOver, monthlySeries } from '@shared/accountability/figures';
import { goalPacing } from '@shared/accountability/goal-pacing';
import { isSkillFalling, needsAttention } from '@shared/accountability/needs-attention';
import { resolvePeriod } from '@shared/accountability/period';
import type { ApiParsedInput } from '@shared/api/contract';
import {
  ACTIVE_REPS_MEETINGS_SQL,
  checkedIds,
  groupByRep,
  localToday,
  startOfLocalDay,
  toAccountabilityItem,
  type FigureItemRow,
  type RepMeetingsRow,
} from './accountability-rows';
import type { Clock } from './clock';
import { dayOfInstant } from './follow-up-rows';
import { SqlReader } from './sql';

/** Months in the team view's trend line. */
export const TEAM_TREND_MONTHS = 6;
/** Skill ratings older than this do not say where a skill is heading now. */
const SKILL_WINDOW_DAYS = 180;

// The rep's own commitments that can matter: every open one (open and overdue counts, and D),
// and the done ones due in the loaded range. The two halves each ride the (status, due_date)
// index; dropped items are never part of D. EXISTS probes the (action_item_id, meeting_id) unique index.
const ITEMS_SQL = `
  SELECT a.id, a.rep_id, a.owner, a.due_date, a.status, a.completed_on,
    EXISTS (SELECT 1 FROM follow_up_checks c WHERE c.action_item_id = a.id) AS checked
  FROM action_items a WHERE a.status = 'open' AND a.owner = 'rep'
  UNION ALL
  SELECT a.id, a.rep_id, a.owner, a.due_date, a.status, a.completed_on,
    EXISTS (SELECT 1 FROM follow_up_checks c WHERE c.action_item_id = a.id) AS checked
  FROM action_items a WHERE a.status = 'done' AND a.owner = 'rep' AND a.due_date BETWEEN @from AND @today`;

export interface GoalRow {
  rep_id: number;
  title: string;
  start_value: number | null;
  target_value: number | null;
  start_date: string;
  end_date: string;
  latest: number | null;
}

// Milestone goals have no progress to pace; goals not started yet cannot be behind.
const GOALS_SQL = `
  SELECT g.rep_id, g.title, g.start_value, g.target_value, g.start_date, g.end_date,
    (SELECT i.value FROM goal_check_ins i WHERE i.goal_id = g.id ORDER BY i.date DESC, i.id DESC LIMIT 1) AS latest
  FROM reps r JOIN goals g ON g.rep_id = r.id AND g.status = 'active'
  WHERE r.status = 'active' AND g.kind = 'metric' AND g.start_date <= @today
  ORDER BY g.end_date, g.id`;

export interface RatingRow {
  rep_id: number;
  skill_id: number;
  skill_name: string;
  rating: number;
}

// Driven from held meetings by (status, scheduled_at), then each meeting's ratings by its unique index;
// the index already gives the meeting order, and a meeting rates a skill once.
const RATINGS_SQL = `
  SELECT m.rep_id, s.skill_id, k.name AS skill_name, s.rating
  FROM meetings m
  JOIN skill_ratings s ON s.meeting_id = m.id
  JOIN skills k ON k.id = s.skill_id AND k.retired_at IS NULL
  WHERE m.status = 'held' AND m.scheduled_at >= @since
  ORDER BY m.scheduled_at`;

export type TeamOverviewService = ReturnType<typeof createTeamOverviewService>;

/**
 * The home screen. A handful of set-based queries load what every active rep needs, then the
 * pure rules in src/shared/accountability compute figures, pacing and the attention ranking.
 */
export function createTeamOverviewService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);

  return {
    overview(input: ApiParsedInput<'team.overview'>): TeamOverview {
      const today = localToday(clock);
      const period = resolvePeriod(input.period, today);
      const trendMonths = lastMonths(today, TEAM_TREND_MONTHS);
      const trendFrom = firstDayOfMonth(trendMonths[0] ?? today.slice(0, 7));
      const reps = sql.all<RepMeetingsRow>(ACTIVE_REPS_MEETINGS_SQL, {
        todayStart: startOfLocalDay(today),
        team: input.team || null,
      });
      const items = groupByRep(
        sql.all<FigureItemRow>(ITEMS_SQL, { from: period.from < trendFrom ? period.from : trendFrom, today }),
      );
      const goals = groupByRep(sql.all<GoalRow>(GOALS_SQL, { today }));
      const ratings = groupByRep(
        sql.all<RatingRow>(RATINGS_SQL, { since: startOfLocalDay(addDays(today, -SKILL_WINDOW_DAYS)) }),
      );

      const rows = reps.map((rep): TeamOverviewRow => {
        const repRows = items.get(rep.id) ?? [];
        const repItems = repRows.map(toAccountabilityItem);
        const checked = checkedIds(repRows);
        const figures = figuresOver(repItems, checked, period, today, 'rep');
        const lastHeldOn = rep.last_held_at === null ? null : dayOfInstant(rep.last_held_at);
        const meetingOverdue = isMeetingOverdue(lastHeldOn, rep.cadence, today);
        const daysSinceLastHeld = daysSince(lastHeldOn, today);
        const attention = needsAttention({
          meetingOverdue,
          daysSinceLastHeld,
          meetingDaysOverdue:
            meetingOverdue && lastHeldOn !== null ? daysBetween(nextMeetingDue(lastHeldOn, rep.cadence), today) : 0,
          overdueCommitments: figures.overdueCount,
          followThroughRate: figures.followThroughRate,
          dueCount: figures.dueCount,
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
          openCommitments: figures.openCount,
          overdueCommitments: figures.overdueCount,
          dueCount: figures.dueCount,
          followThroughRate: figures.followThroughRate,
          coverageRate: figures.coverageRate,
          trend: monthlySeries(repItems, checked, today, TEAM_TREND_MONTHS, 'rep'),
          attentionScore: attention.score,
          attentionReasons: attention.reasons,
        };
      });
      return { today, period, rows: rankByAttention(rows) };
    },
  };
}

/** Highest score first; equal scores (most often 0) in name order, as the reps were loaded. */
export const rankByAttention = (rows: TeamOverviewRow[]): TeamOverviewRow[] =>
  rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.attentionScore - a.row.attentionScore || a.index - b.index)
    .map(({ row }) => row);

export function offTrackGoals(goals: readonly GoalRow[], today: string): string[] {
  return goals
    .filter(
      (goal) =>
        goal.start_value !== null &&
        goal.target_value !== null &&
        goalPacing({
          start: goal.start_value,
          target: goal.target_value,
          latest: goal.latest,
          startDate: goal.start_date,
          endDate: goal.end_date,
          today,
        }).pace === 'off_track',
    )
    .map((goal) => goal.title);
}

/** Ratings come oldest first; each skill is judged on its own run of ratings. Names in alphabetical order. */
export function fallingSkills(ratings: readonly RatingRow[]): string[] {
  const bySkill = new Map<number, { name: string; values: number[] }>();
  for (const rating of ratings) {
    const skill = bySkill.get(rating.skill_id);
    if (skill) skill.values.push(rating.rating);
    else bySkill.set(rating.skill_id, { name: rating.skill_name, values: [rating.rating] });
  }
  return [...bySkill.values()]
    .filter((skill) => isSkillFalling(skill.values))
    .map((skill) => skill.name)
    .sort((a, b) => a.localeCompare(b));
}
