import { notFound } from '../errors';
import type { SqlReader } from '../services/sql';
import {
  calendarDayOf,
  figuresOver,
  goalPacing,
  monthlyFollowThrough,
  type AccountabilityFigures,
  type DayRange,
  type FigureItem,
  type GoalPacing,
  type MonthlyPoint,
} from './report-figures';
import { notesSummary } from './rep-report-view';

export interface ReportMeeting {
  id: number;
  day: string;
  summary: string;
  actionItemCount: number;
}

export interface ReportGoal {
  title: string;
  kind: 'metric' | 'milestone';
  unit: string | null;
  startValue: number | null;
  targetValue: number | null;
  startDate: string;
  endDate: string;
  milestoneDone: boolean;
  checkIns: Array<{ date: string; value: number }>;
  /** As of the end of the report (or today, if earlier); null for milestones. */
  pacing: GoalPacing | null;
}

export interface ReportSkill {
  skill: string;
  /** Oldest first. */
  ratings: number[];
}

export interface CarriedItem {
  title: string;
  owner: 'rep' | 'manager';
  carryCount: number;
  dueDate: string | null;
  status: 'open' | 'done' | 'dropped';
  agreedOn: string;
}

export interface RepReportData {
  rep: {
    id: number;
    name: string;
    title: string | null;
    team: string | null;
    territory: string | null;
    cadence: string;
  };
  range: DayRange;
  today: string;
  /** The last day the figures count: the end of the range, or today when the range runs on. */
  asOf: string;
  meetings: ReportMeeting[];
  cancelledCount: number;
  repFigures: AccountabilityFigures;
  managerFigures: AccountabilityFigures;
  monthly: MonthlyPoint[];
  goals: ReportGoal[];
  skills: ReportSkill[];
  carried: CarriedItem[];
}

/** Product rules (docs/product-rules.md): an item carried more than twice is a pattern worth a conversation. */
export const CARRIED_TOO_OFTEN = 2;
const SUMMARY_WORDS = 40;

interface ItemRow extends FigureItem {
  title: string;
  carryCount: number;
  createdAt: string;
}

/**
 * Instants are stored in UTC and the range is in the manager's calendar days: select a day of
 * slack on each side by text comparison, then keep the rows whose local day falls in the range.
 */
const instantBounds = (range: DayRange) => ({
  after: new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString(),
  before: new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000).toISOString(),
});

export function readRepReport(sql: SqlReader, repId: number, range: DayRange, today: string): RepReportData {
  const rep = sql.get<RepReportData['rep']>('SELECT id, name, title, team, territory, cadence FROM reps WHERE id = ?', [
    repId,
  ]);
  if (!rep) throw notFound('rep', repId);
  const asOf = range.to < today ? range.to : today;
  const bounds = { repId, ...instantBounds(range) };
  const inRange = (instant: string) => {
    const day = calendarDayOf(instant);
    return day >= range.from && day <= range.to;
  };

  const meetingRows = sql
    .all<{ id: number; scheduled_at: string; status: string; shared_notes_text: string; items: number }>(
      `SELECT m.id, m.scheduled_at, m.status, m.shared_notes_text,
        (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id) AS items
       FROM meetings m WHERE m.rep_id = @repId AND m.scheduled_at >= @after AND m.scheduled_at < @before
       ORDER BY m.scheduled_at, m.id`,
      bounds,
    )
    .filter((row) => inRange(row.scheduled_at));

  const items = sql.all<ItemRow>(
    `SELECT id, owner, due_date AS dueDate, status, completed_on AS completedOn, title, carry_count AS carryCount,
       created_at AS createdAt FROM action_items WHERE rep_id = ?`,
    [repId],
  );
  const checked = new Set(
    sql
      .all<{ id: number }>(
        `SELECT DISTINCT f.action_item_id AS id FROM follow_up_checks f JOIN action_items a ON a.id = f.action_item_id WHERE a.rep_id = ?`,
        [repId],
      )
      .map((row) => row.id),
  );

  return {
    rep,
    range,
    today,
    asOf,
    meetings: meetingRows
      .filter((row) => row.status === 'held')
      .map((row) => ({
        id: row.id,
        day: calendarDayOf(row.scheduled_at),
        summary: notesSummary(row.shared_notes_text, SUMMARY_WORDS),
        actionItemCount: row.items,
      })),
    cancelledCount: meetingRows.filter((row) => row.status === 'cancelled').length,
    repFigures: figuresOver(items, checked, range, today, 'rep'),
    managerFigures: figuresOver(items, checked, range, today, 'manager'),
    monthly: monthlyFollowThrough(items, checked, range, today, 'rep'),
    goals: readGoals(sql, repId, range, asOf),
    skills: readSkills(sql, bounds, inRange),
    carried: items
      .filter((item) => item.carryCount > CARRIED_TOO_OFTEN)
      .filter((item) => calendarDayOf(item.createdAt) <= range.to)
      .filter((item) => item.status === 'open' || (item.completedOn !== null && item.completedOn >= range.from))
      .sort((a, b) => b.carryCount - a.carryCount || a.id - b.id)
      .map((item) => ({
        title: item.title,
        owner: item.owner,
        carryCount: item.carryCount,
        dueDate: item.dueDate,
        status: item.status,
        agreedOn: calendarDayOf(item.createdAt),
      })),
  };
}

function readGoals(sql: SqlReader, repId: number, range: DayRange, asOf: string): ReportGoal[] {
  const goals = sql.all<{
    id: number;
    title: string;
    kind: 'metric' | 'milestone';
    unit: string | null;
    start_value: number | null;
    target_value: number | null;
    start_date: string;
    end_date: string;
    milestone_done: number;
  }>(
    `SELECT id, title, kind, unit, start_value, target_value, start_date, end_date, milestone_done FROM goals
     WHERE rep_id = @repId AND start_date <= @to AND end_date >= @from ORDER BY start_date, id`,
    { repId, from: range.from, to: range.to },
  );
  return goals.map((goal) => {
    const checkIns = sql.all<{ date: string; value: number }>(
      'SELECT date, value FROM goal_check_ins WHERE goal_id = ? AND date <= ? ORDER BY date, id',
      [goal.id, asOf],
    );
    const measurable = goal.kind === 'metric' && goal.start_value !== null && goal.target_value !== null;
    const latest = checkIns[checkIns.length - 1]?.value ?? null;
    return {
      title: goal.title,
      kind: goal.kind,
      unit: goal.unit,
      startValue: goal.start_value,
      targetValue: goal.target_value,
      startDate: goal.start_date,
      endDate: goal.end_date,
      milestoneDone: goal.milestone_done === 1,
      checkIns,
      pacing: measurable
        ? goalPacing({
            start: goal.start_value ?? 0,
            target: goal.target_value ?? 0,
            latest,
            startDate: goal.start_date,
            endDate: goal.end_date,
            today: asOf < goal.end_date ? asOf : goal.end_date,
          })
        : null,
    };
  });
}

function readSkills(
  sql: SqlReader,
  bounds: { repId: number; after: string; before: string },
  inRange: (instant: string) => boolean,
): ReportSkill[] {
  const rows = sql.all<{ skill: string; rating: number; scheduled_at: string }>(
    `SELECT s.name AS skill, sr.rating, m.scheduled_at FROM skill_ratings sr
     JOIN skills s ON s.id = sr.skill_id JOIN meetings m ON m.id = sr.meeting_id
     WHERE sr.rep_id = @repId AND m.scheduled_at >= @after AND m.scheduled_at < @before
     ORDER BY s.position, s.id, m.scheduled_at, m.id`,
    bounds,
  );
  const bySkill = new Map<string, number[]>();
  for (const row of rows) {
    if (!inRange(row.scheduled_at)) continue;
    const list = bySkill.get(row.skill) ?? [];
    list.push(row.rating);
    bySkill.set(row.skill, list);
  }
  return [...bySkill].map(([skill, ratings]) => ({ skill, ratings }));
}
