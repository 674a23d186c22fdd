import type { TiptapDoc } from '@shared/notes/tiptap-json';
import { notFound } from '../errors';
import type { SqlReader } from '../services/sql';
import { parseAgenda, parseNotes, type AgendaLine } from './stored-json';
import { calendarDayOf, goalPacing, type GoalPacing } from './report-figures';

export interface SummaryActionItem {
  id: number;
  title: string;
  owner: 'rep' | 'manager';
  dueDate: string | null;
  status: 'open' | 'done' | 'dropped';
}

export interface SummaryFollowUp {
  title: string;
  owner: 'rep' | 'manager';
  outcome: string;
  note: string | null;
  newDueDate: string | null;
  /** Day of the one-on-one the item was agreed in. */
  agreedOn: string | null;
}

export interface SummaryGoal {
  title: string;
  unit: string | null;
  kind: 'metric' | 'milestone';
  startValue: number | null;
  targetValue: number | null;
  latestValue: number | null;
  latestOn: string | null;
  endDate: string;
  milestoneDone: boolean;
  /** Null for milestones. */
  pacing: GoalPacing | null;
}

export interface MeetingSummaryData {
  meetingId: number;
  repName: string;
  repTitle: string | null;
  repTeam: string | null;
  scheduledAt: string;
  /** Calendar day of the one-on-one in the manager's time zone. */
  day: string;
  durationMinutes: number;
  status: string;
  agenda: AgendaLine[];
  sharedNotes: TiptapDoc;
  /** Read only when the manager asked for private notes in this export. */
  privateNotes: TiptapDoc | null;
  actionItems: SummaryActionItem[];
  followUps: SummaryFollowUp[];
  goals: SummaryGoal[];
  skillRatings: Array<{ skill: string; rating: number; note: string | null }>;
}

interface MeetingSqlRow {
  id: number;
  scheduled_at: string;
  duration_minutes: number;
  status: string;
  agenda: string;
  shared_notes_json: string | null;
  rep_name: string;
  rep_title: string | null;
  rep_team: string | null;
  rep_id: number;
}

interface GoalSqlRow {
  title: string;
  kind: 'metric' | 'milestone';
  unit: string | null;
  start_value: number | null;
  target_value: number | null;
  start_date: string;
  end_date: string;
  milestone_done: number;
  latest_value: number | null;
  latest_on: string | null;
}

// Private notes are a separate statement, run only on request, so a summary without them never
// even holds their text in memory.
const MEETING_SQL = `SELECT m.id, m.scheduled_at, m.duration_minutes, m.status, m.agenda, m.shared_notes_json,
  r.id AS rep_id, r.name AS rep_name, r.title AS rep_title, r.team AS rep_team
  FROM meetings m JOIN reps r ON r.id = m.rep_id WHERE m.id = ?`;

/** Goals whose period contains the meeting day, with the newest check-in on or before that day. */
const GOALS_SQL = `SELECT g.title, g.kind, g.unit, g.start_value, g.target_value, g.start_date, g.end_date, g.milestone_done,
  (SELECT c.value FROM goal_check_ins c WHERE c.goal_id = g.id AND c.date <= @day ORDER BY c.date DESC, c.id DESC LIMIT 1) AS latest_value,
  (SELECT max(c.date) FROM goal_check_ins c WHERE c.goal_id = g.id AND c.date <= @day) AS latest_on
  FROM goals g WHERE g.rep_id = @repId AND g.start_date <= @day AND g.end_date >= @day ORDER BY g.end_date, g.id`;

export function readMeetingSummary(
  sql: SqlReader,
  meetingId: number,
  includePrivateNotes: boolean,
): MeetingSummaryData {
  const meeting = sql.get<MeetingSqlRow>(MEETING_SQL, [meetingId]);
  if (!meeting) throw notFound('one-on-one', meetingId);
  const day = calendarDayOf(meeting.scheduled_at);
  const privateJson = includePrivateNotes
    ? (sql.get<{ private_notes_json: string | null }>('SELECT private_notes_json FROM meetings WHERE id = ?', [
        meetingId,
      ])?.private_notes_json ?? null)
    : null;
  return {
    meetingId,
    repName: meeting.rep_name,
    repTitle: meeting.rep_title,
    repTeam: meeting.rep_team,
    scheduledAt: meeting.scheduled_at,
    day,
    durationMinutes: meeting.duration_minutes,
    status: meeting.status,
    agenda: parseAgenda(meeting.agenda),
    sharedNotes: parseNotes(meeting.shared_notes_json),
    privateNotes: includePrivateNotes ? parseNotes(privateJson) : null,
    actionItems: sql.all<SummaryActionItem>(
      `SELECT id, title, owner, due_date AS dueDate, status FROM action_items WHERE meeting_id = ? ORDER BY position, id`,
      [meetingId],
    ),
    followUps: sql
      .all<SummaryFollowUp & { agreedAt: string | null }>(
        `SELECT a.title, a.owner, f.outcome, f.note, f.new_due_date AS newDueDate, origin.scheduled_at AS agreedAt
         FROM follow_up_checks f JOIN action_items a ON a.id = f.action_item_id
         LEFT JOIN meetings origin ON origin.id = a.meeting_id
         WHERE f.meeting_id = ? ORDER BY a.owner DESC, a.id`,
        [meetingId],
      )
      .map(({ agreedAt, ...check }) => ({ ...check, agreedOn: agreedAt ? calendarDayOf(agreedAt) : null })),
    goals: sql.all<GoalSqlRow>(GOALS_SQL, { repId: meeting.rep_id, day }).map((goal) => toSummaryGoal(goal, day)),
    skillRatings: sql.all<{ skill: string; rating: number; note: string | null }>(
      `SELECT s.name AS skill, sr.rating, sr.note FROM skill_ratings sr JOIN skills s ON s.id = sr.skill_id
       WHERE sr.meeting_id = ? ORDER BY s.position, s.id`,
      [meetingId],
    ),
  };
}

function toSummaryGoal(goal: GoalSqlRow, day: string): SummaryGoal {
  const measurable = goal.kind === 'metric' && goal.start_value !== null && goal.target_value !== null;
  return {
    title: goal.title,
    unit: goal.unit,
    kind: goal.kind,
    startValue: goal.start_value,
    targetValue: goal.target_value,
    latestValue: goal.latest_value,
    latestOn: goal.latest_on,
    endDate: goal.end_date,
    milestoneDone: goal.milestone_done === 1,
    pacing: measurable
      ? goalPacing({
          start: goal.start_value ?? 0,
          target: goal.target_value ?? 0,
          latest: goal.latest_value,
          startDate: goal.start_date,
          endDate: goal.end_date,
          today: day,
        })
      : null,
  };
}
