import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import { firstDayOfMonth, lastMonths } from '@shared/accountability/calendar-days';
import { accountabilityFigures, monthlySeries, type AccountabilityItem } from '@shared/accountability/figures';
import { resolvePeriod } from '@shared/accountability/period';
import { daysSince } from '@shared/accountability/cadence';
import {
  BRIEF_EXCERPT_WORDS,
  BRIEF_TREND_MONTHS,
  type BriefCommitment,
  type BriefLastMeeting,
  type PreMeetingBrief,
} from '@shared/brief/brief';
import { excerptWords } from '@shared/brief/excerpt';
import { DomainError, notFound } from '../errors';
import { ACTION_ITEM_COLUMNS, localDay, toActionItem, type ActionItemSqlRow } from './action-item-rows';
import type { Clock } from './clock';
import { GOAL_SUMMARY_SELECT, toGoalSummary, type GoalSummarySqlRow } from './goal-rows';
import { MEETING_ACTION_ITEMS_SQL } from './meeting-rows';
import type { SkillRatingsService } from './skill-ratings';
import { SqlReader } from './sql';

/** The product rules' follow-through rate, over the period the team view defaults to. */
const FOLLOW_THROUGH_DAYS = 90;
/** Enough of the notes for a 50-word excerpt without reading a whole long note. */
const EXCERPT_CHARS = 2000;

interface LastMeetingRow {
  id: number;
  scheduled_at: string;
  excerpt_text: string;
}

// The newest held one-on-one before the one being prepared; (rep_id, status, scheduled_at) serves it.
const BRIEF_LAST_HELD_SQL = `
  SELECT id, scheduled_at, substr(shared_notes_text, 1, ${EXCERPT_CHARS}) AS excerpt_text FROM meetings
  WHERE rep_id = @repId AND status = 'held' AND scheduled_at < @before AND id <> @meetingId
  ORDER BY scheduled_at DESC, id DESC LIMIT 1`;

const BRIEF_OPEN_ITEMS_SQL = `SELECT ${ACTION_ITEM_COLUMNS} FROM action_items a
  WHERE a.rep_id = ? AND a.status = 'open' ORDER BY a.due_date IS NULL, a.due_date, a.id`;

const BRIEF_FIGURE_ITEMS_SQL = `SELECT id, owner, due_date, status, completed_on FROM action_items
  WHERE rep_id = @repId AND owner = 'rep' AND due_date >= @since`;

const BRIEF_CHECKED_SQL = `SELECT DISTINCT f.action_item_id FROM follow_up_checks f
  JOIN action_items a ON a.id = f.action_item_id
  WHERE a.rep_id = @repId AND a.owner = 'rep' AND a.due_date >= @since`;

const BRIEF_GOALS_SQL = `${GOAL_SUMMARY_SELECT} WHERE g.rep_id = ? AND g.status = 'active' ORDER BY g.end_date, g.id`;

const BRIEF_TALKING_POINTS_SQL = `SELECT id, text, created_at FROM talking_points
  WHERE rep_id = ? AND status = 'queued' ORDER BY created_at, id`;

interface FigureItemRow {
  id: number;
  owner: AccountabilityItem['owner'];
  due_date: string | null;
  status: AccountabilityItem['status'];
  completed_on: string | null;
}

const toAccountabilityItem = (row: FigureItemRow): AccountabilityItem => ({
  id: row.id,
  owner: row.owner,
  dueDate: row.due_date,
  status: row.status,
  completedOn: row.completed_on,
});

const toCommitment = (row: ActionItemSqlRow, today: string): BriefCommitment => ({
  actionItemId: row.id,
  meetingId: row.meeting_id,
  goalId: row.goal_id,
  title: row.title,
  owner: row.owner,
  dueDate: row.due_date,
  carryCount: row.carry_count,
  overdue: row.due_date !== null && row.due_date < today,
});

/**
 * Overdue first, then the rest. The SQL already orders by due date (undated last) and the sort is
 * stable, so each group stays in due-date order.
 */
const commitmentOrder = (a: BriefCommitment, b: BriefCommitment): number => Number(b.overdue) - Number(a.overdue);

export type BriefService = ReturnType<typeof createBriefService>;

/** The pre-meeting brief: one read of everything a manager wants in the two minutes before a one-on-one. */
export function createBriefService(dataSource: DataSource, clock: Clock, skillRatings: SkillRatingsService) {
  const sql = SqlReader.from(dataSource);

  return {
    forRep({ repId, meetingId }: ApiParsedInput<'brief.forRep'>): PreMeetingBrief {
      const rep = sql.get<{ id: number; name: string }>('SELECT id, name FROM reps WHERE id = ?', [repId]);
      if (!rep) throw notFound('rep', repId);
      let before = '9999-12-31';
      if (meetingId) {
        const meeting = sql.get<{ rep_id: number; scheduled_at: string }>(
          'SELECT rep_id, scheduled_at FROM meetings WHERE id = ?',
          [meetingId],
        );
        if (!meeting) throw notFound('one-on-one', meetingId);
        if (meeting.rep_id !== repId) {
          throw new DomainError('invalid_input', 'That one-on-one is with another rep.', 'meetingId');
        }
        before = meeting.scheduled_at;
      }
      const today = localDay(clock.now());

      const last = sql.get<LastMeetingRow>(BRIEF_LAST_HELD_SQL, { repId, before, meetingId: meetingId ?? 0 });
      let lastMeeting: BriefLastMeeting | null = null;
      if (last) {
        const { excerpt, truncated } = excerptWords(last.excerpt_text, BRIEF_EXCERPT_WORDS);
        lastMeeting = {
          meetingId: last.id,
          scheduledAt: last.scheduled_at,
          agreements: sql.all<ActionItemSqlRow>(MEETING_ACTION_ITEMS_SQL, [last.id]).map(toActionItem),
          excerpt,
          excerptTruncated: truncated,
        };
      }

      const openCommitments = sql
        .all<ActionItemSqlRow>(BRIEF_OPEN_ITEMS_SQL, [repId])
        .map((row) => toCommitment(row, today))
        .sort(commitmentOrder);

      const period = resolvePeriod({ kind: 'last', days: FOLLOW_THROUGH_DAYS }, today);
      const firstMonth = firstDayOfMonth(lastMonths(today, BRIEF_TREND_MONTHS)[0] ?? today.slice(0, 7));
      const since = firstMonth < period.from ? firstMonth : period.from;
      const items = sql.all<FigureItemRow>(BRIEF_FIGURE_ITEMS_SQL, { repId, since }).map(toAccountabilityItem);
      const checked = new Set(
        sql.all<{ action_item_id: number }>(BRIEF_CHECKED_SQL, { repId, since }).map((row) => row.action_item_id),
      );
      const figures = accountabilityFigures(
        items,
        [...checked].map((actionItemId) => ({ actionItemId })),
        period,
        today,
        'rep',
      );

      return {
        repId,
        repName: rep.name,
        today,
        lastHeldMeetingId: last?.id ?? null,
        daysSinceLastOneOnOne: last ? daysSince(localDay(new Date(last.scheduled_at)), today) : null,
        lastMeeting,
        openCommitments,
        overdueCount: openCommitments.filter((item) => item.overdue).length,
        followThrough: {
          rate: figures.followThroughRate,
          dueCount: figures.dueCount,
          doneCount: figures.doneCount,
          period: { from: period.from, to: period.to },
          monthly: monthlySeries(items, checked, today, BRIEF_TREND_MONTHS, 'rep'),
        },
        goals: sql.all<GoalSummarySqlRow>(BRIEF_GOALS_SQL, [repId]).map((row) => toGoalSummary(row, today)),
        focus: skillRatings.focusForRep(repId),
        talkingPoints: sql
          .all<{ id: number; text: string; created_at: string }>(BRIEF_TALKING_POINTS_SQL, [repId])
          .map((row) => ({ talkingPointId: row.id, text: row.text, createdAt: row.created_at })),
      };
    },
  };
}
