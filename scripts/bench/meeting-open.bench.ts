import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import type { ActionItem } from '@shared/action-items/action-item';
import type { TalkingPoint } from '@shared/agenda/agenda';
import type { MeetingWorkspace } from '@shared/meetings/meeting';
import { refreshTaskItems } from '@shared/notes/task-items';
import { emptyDoc, type TiptapDoc } from '@shared/notes/tiptap-json';
import type { Rep } from '@shared/reps/rep';
import type { BenchCase } from './measure';

interface RawMeetingRow {
  id: number;
  rep_id: number;
  scheduled_at: string;
  duration_minutes: number;
  status: MeetingWorkspace['meeting']['status'];
  held_at: string | null;
  cancelled_at: string | null;
  agenda: string;
  shared_notes_json: string | null;
  private_notes_json: string | null;
  notes_revision: number;
  r_name: string;
  r_email: string | null;
  r_title: string | null;
  r_team: string | null;
  r_territory: string | null;
  r_start_date: string | null;
  r_cadence: Rep['cadence'];
  r_status: Rep['status'];
  r_default_template_id: number | null;
  r_created_at: string;
  r_updated_at: string;
}

interface RawItemRow {
  id: number;
  rep_id: number;
  meeting_id: number | null;
  goal_id: number | null;
  title: string;
  owner: ActionItem['owner'];
  due_date: string | null;
  status: ActionItem['status'];
  carry_count: number;
  completed_on: string | null;
  created_at: string;
  updated_at: string;
}

interface RawPointRow {
  id: number;
  rep_id: number;
  text: string;
  status: TalkingPoint['status'];
  discussed_in_meeting_id: number | null;
  created_at: string;
  discussed_at: string | null;
}

/** The held one-on-one with the longest shared notes that has action items: the heaviest screen to open. */
export function pickHeavyMeeting(raw: Database): number {
  const row = raw
    .prepare(
      `SELECT m.id FROM meetings m
       WHERE m.status = 'held' AND EXISTS (SELECT 1 FROM action_items a WHERE a.meeting_id = m.id)
       ORDER BY length(m.shared_notes_json) DESC, m.id LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  if (!row) throw new Error('the benchmark set has no held one-on-one with action items');
  return row.id;
}

/** Everything the one-on-one screen shows — meeting, rep, agenda, both notes, action items, talking points. */
export function meetingOpenBench(core: CoachbookCore, raw: Database): BenchCase<MeetingWorkspace> {
  const meetingId = pickHeavyMeeting(raw);
  const meetingStatement = raw.prepare(`
    SELECT m.id, m.rep_id, m.scheduled_at, m.duration_minutes, m.status, m.held_at, m.cancelled_at, m.agenda,
      m.shared_notes_json, m.private_notes_json, m.notes_revision,
      r.name AS r_name, r.email AS r_email, r.title AS r_title, r.team AS r_team, r.territory AS r_territory,
      r.start_date AS r_start_date, r.cadence AS r_cadence, r.status AS r_status, r.default_template_id AS r_default_template_id, r.created_at AS r_created_at, r.updated_at AS r_updated_at
    FROM meetings m JOIN reps r ON r.id = m.rep_id WHERE m.id = ?`);
  const itemsStatement = raw.prepare(`
    SELECT id, rep_id, meeting_id, goal_id, title, owner, due_date, status, carry_count, completed_on, created_at, updated_at
    FROM action_items WHERE meeting_id = ? ORDER BY position, id`);
  const pointsStatement = raw.prepare(`
    SELECT * FROM talking_points WHERE rep_id = ? AND (status = 'queued' OR discussed_in_meeting_id = ?) ORDER BY created_at, id`);

  return {
    name: 'open a one-on-one (notes, agenda, action items)',
    budget: { medianMs: 5, ratio: 2 },
    app: async () => {
      const result = await core.registry.dispatch('meetings.open', { id: meetingId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as MeetingWorkspace;
    },
    raw: () => {
      const m = meetingStatement.get(meetingId) as RawMeetingRow;
      const items: ActionItem[] = (itemsStatement.all(meetingId) as RawItemRow[]).map((row) => ({
        id: row.id,
        repId: row.rep_id,
        meetingId: row.meeting_id,
        goalId: row.goal_id,
        title: row.title,
        owner: row.owner,
        dueDate: row.due_date,
        status: row.status,
        carryCount: row.carry_count,
        completedOn: row.completed_on,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
      const shown = items.filter((item) => item.status !== 'dropped');
      const shared = m.shared_notes_json ? (JSON.parse(m.shared_notes_json) as TiptapDoc) : emptyDoc();
      return {
        meeting: {
          id: m.id,
          repId: m.rep_id,
          repName: m.r_name,
          scheduledAt: m.scheduled_at,
          durationMinutes: m.duration_minutes,
          status: m.status,
          heldAt: m.held_at,
          cancelledAt: m.cancelled_at,
          actionItemCount: shown.length,
        },
        rep: {
          id: m.rep_id,
          name: m.r_name,
          email: m.r_email,
          title: m.r_title,
          team: m.r_team,
          territory: m.r_territory,
          startDate: m.r_start_date,
          cadence: m.r_cadence,
          status: m.r_status,
          defaultTemplateId: m.r_default_template_id,
          createdAt: m.r_created_at,
          updatedAt: m.r_updated_at,
        },
        agenda: JSON.parse(m.agenda) as MeetingWorkspace['agenda'],
        // The same pure refresh the app runs: the baseline measures the database work around it.
        sharedNotes: refreshTaskItems(shared, items),
        privateNotes: m.private_notes_json ? (JSON.parse(m.private_notes_json) as TiptapDoc) : emptyDoc(),
        notesRevision: m.notes_revision,
        actionItems: shown,
        talkingPoints: (pointsStatement.all(m.rep_id, meetingId) as RawPointRow[]).map((row) => ({
          id: row.id,
          repId: row.rep_id,
          text: row.text,
          status: row.status,
          discussedInMeetingId: row.discussed_in_meeting_id,
          createdAt: row.created_at,
          discussedAt: row.discussed_at,
        })),
      };
    },
  };
}
