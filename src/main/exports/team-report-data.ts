import type { SqlReader } from '../services/sql';
import {
  calendarDayOf,
  daysBetween,
  figuresOver,
  goalPacing,
  type AccountabilityFigures,
  type DayRange,
  type FigureItem,
  type GoalPace,
} from './report-figures';

export interface TeamReportRow {
  repId: number;
  name: string;
  team: string | null;
  cadence: string;
  heldCount: number;
  lastHeldOn: string | null;
  /** Product rules (docs/product-rules.md): the last held one-on-one is older than the rep's cadence (as of the report's end). */
  meetingOverdue: boolean;
  figures: AccountabilityFigures;
  goals: Record<GoalPace, number>;
  averageSkillRating: number | null;
}

export interface TeamReportData {
  range: DayRange;
  asOf: string;
  team: string | null;
  rows: TeamReportRow[];
}

interface ItemRow extends FigureItem {
  repId: number;
  checked: number;
}

const CADENCE_DAYS: Record<string, number> = { weekly: 7, biweekly: 14 };

function nextDue(lastHeld: string, cadence: string): string {
  const days = CADENCE_DAYS[cadence];
  if (days !== undefined)
    return new Date(Date.parse(`${lastHeld}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const date = new Date(`${lastHeld}T00:00:00Z`);
  const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  const lastOfMonth = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
  month.setUTCDate(Math.min(date.getUTCDate(), lastOfMonth));
  return month.toISOString().slice(0, 10);
}

/** One row per active rep with the team view's figures for the period; a handful of set-based queries. */
export function readTeamReport(sql: SqlReader, range: DayRange, today: string, team: string | null): TeamReportData {
  const asOf = range.to < today ? range.to : today;
  const after = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString();
  const before = new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000).toISOString();
  const inRange = (instant: string) => {
    const day = calendarDayOf(instant);
    return day >= range.from && day <= range.to;
  };
  const reps = sql.all<{ id: number; name: string; team: string | null; cadence: string }>(
    `SELECT id, name, team, cadence FROM reps WHERE status = 'active' AND (@team IS NULL OR team = @team)
     ORDER BY name COLLATE NOCASE, id`,
    { team },
  );
  const held = new Map<number, number>();
  for (const row of sql.all<{ rep_id: number; scheduled_at: string }>(
    `SELECT rep_id, scheduled_at FROM meetings WHERE status = 'held' AND scheduled_at >= @after AND scheduled_at < @before`,
    { after, before },
  )) {
    if (inRange(row.scheduled_at)) held.set(row.rep_id, (held.get(row.rep_id) ?? 0) + 1);
  }
  const lastHeld = new Map<number, string>();
  for (const row of sql.all<{ rep_id: number; last: string }>(
    `SELECT rep_id, max(scheduled_at) AS last FROM meetings WHERE status = 'held' AND scheduled_at < @before GROUP BY rep_id`,
    { before },
  )) {
    const day = calendarDayOf(row.last);
    if (day <= asOf) lastHeld.set(row.rep_id, day);
  }
  const items = groupBy(
    sql.all<ItemRow>(
      `SELECT a.id, a.rep_id AS repId, a.owner, a.due_date AS dueDate, a.status, a.completed_on AS completedOn,
        EXISTS (SELECT 1 FROM follow_up_checks f WHERE f.action_item_id = a.id) AS checked
       FROM action_items a WHERE a.status = 'open' OR (a.due_date >= @from AND a.due_date <= @to)`,
      { from: range.from, to: range.to },
    ),
  );
  const goals = readGoalPaces(sql, range, asOf);
  const ratings = new Map<number, number[]>();
  for (const row of sql.all<{ rep_id: number; rating: number; scheduled_at: string }>(
    `SELECT sr.rep_id, sr.rating, m.scheduled_at FROM skill_ratings sr JOIN meetings m ON m.id = sr.meeting_id
     WHERE m.scheduled_at >= @after AND m.scheduled_at < @before`,
    { after, before },
  )) {
    if (!inRange(row.scheduled_at)) continue;
    const list = ratings.get(row.rep_id) ?? [];
    list.push(row.rating);
    ratings.set(row.rep_id, list);
  }

  return {
    range,
    asOf,
    team,
    rows: reps.map((rep) => {
      const repItems = items.get(rep.id) ?? [];
      const checked = new Set(repItems.filter((item) => item.checked === 1).map((item) => item.id));
      const last = lastHeld.get(rep.id) ?? null;
      const repRatings = ratings.get(rep.id) ?? [];
      return {
        repId: rep.id,
        name: rep.name,
        team: rep.team,
        cadence: rep.cadence,
        heldCount: held.get(rep.id) ?? 0,
        lastHeldOn: last,
        meetingOverdue: last === null || asOf > nextDue(last, rep.cadence),
        figures: figuresOver(repItems, checked, range, today, 'rep'),
        goals: goals.get(rep.id) ?? { achieved: 0, on_track: 0, at_risk: 0, off_track: 0 },
        averageSkillRating: repRatings.length
          ? repRatings.reduce((sum, value) => sum + value, 0) / repRatings.length
          : null,
      };
    }),
  };
}

function groupBy(rows: ItemRow[]): Map<number, ItemRow[]> {
  const map = new Map<number, ItemRow[]>();
  for (const row of rows) {
    const list = map.get(row.repId) ?? [];
    list.push(row);
    map.set(row.repId, list);
  }
  return map;
}

/**
 * Pacing of each metric goal that ran in the period, counted per rep: as of the report's last
 * day, or as of its own end when it ended earlier (then not achieved means it was missed, which
 * counts as off track).
 */
function readGoalPaces(sql: SqlReader, range: DayRange, asOf: string): Map<number, Record<GoalPace, number>> {
  const rows = sql.all<{
    rep_id: number;
    start_value: number;
    target_value: number;
    start_date: string;
    end_date: string;
    latest: number | null;
  }>(
    `SELECT g.rep_id, g.start_value, g.target_value, g.start_date, g.end_date,
      (SELECT c.value FROM goal_check_ins c WHERE c.goal_id = g.id AND c.date <= min(@asOf, g.end_date)
        ORDER BY c.date DESC, c.id DESC LIMIT 1) AS latest
     FROM goals g WHERE g.kind = 'metric' AND g.start_value IS NOT NULL AND g.target_value IS NOT NULL
       AND g.start_date <= @asOf AND g.end_date >= @from`,
    { asOf, from: range.from },
  );
  const paces = new Map<number, Record<GoalPace, number>>();
  for (const row of rows) {
    const counts = paces.get(row.rep_id) ?? { achieved: 0, on_track: 0, at_risk: 0, off_track: 0 };
    const { pace } = goalPacing({
      start: row.start_value,
      target: row.target_value,
      latest: row.latest,
      startDate: row.start_date,
      endDate: row.end_date,
      today: asOf < row.end_date ? asOf : row.end_date,
    });
    const ended = asOf >= row.end_date;
    counts[ended && pace !== 'achieved' ? 'off_track' : pace] += 1;
    paces.set(row.rep_id, counts);
  }
  return paces;
}

export const daysSinceLastHeld = (row: TeamReportRow, asOf: string): number | null =>
  row.lastHeldOn === null ? null : daysBetween(row.lastHeldOn, asOf);
