import type { Database } from 'better-sqlite3';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CoachbookCore } from '../../src/main/app-core';
import type { FollowUpPanel, FollowUpPanelItem } from '@shared/follow-ups/follow-up';
import type { BenchCase } from './measure';

interface RawPanelRow {
  id: number;
  title: string;
  owner: FollowUpPanelItem['owner'];
  status: FollowUpPanelItem['status'];
  due_date: string | null;
  carry_count: number;
  meeting_id: number | null;
  created_at: string;
  origin_at: string | null;
  check_id: number | null;
  outcome: NonNullable<FollowUpPanelItem['check']>['outcome'] | null;
  note: string | null;
  new_due_date: string | null;
  previous_due_date: string | null;
  check_created_at: string | null;
}

/**
 * The follow-up panel of the busiest rep's next one-on-one, after all the history the
 * set holds. The raw baseline is the query anyone would write first — one pass over the rep's
 * items, open or checked in this meeting — mapped by hand; the app's own SQL (a union that lets
 * each half use its index) and row mapping are not reused.
 */
export function followUpPanelBench(core: CoachbookCore, raw: Database, meetingId: number): BenchCase<FollowUpPanel> {
  const meetingStatement = raw.prepare(
    `SELECT m.rep_id, r.name AS rep_name, m.scheduled_at, m.status FROM meetings m JOIN reps r ON r.id = m.rep_id WHERE m.id = ?`,
  );
  const itemsStatement = raw.prepare(`
    SELECT a.id, a.title, a.owner, a.status, a.due_date, a.carry_count, a.meeting_id, a.created_at,
      o.scheduled_at AS origin_at, c.id AS check_id, c.outcome, c.note, c.new_due_date, c.previous_due_date,
      c.created_at AS check_created_at
    FROM action_items a
    LEFT JOIN meetings o ON o.id = a.meeting_id
    LEFT JOIN follow_up_checks c ON c.action_item_id = a.id AND c.meeting_id = @meetingId
    WHERE a.rep_id = @repId AND (a.status = 'open' OR c.id IS NOT NULL)
      AND (a.meeting_id IS NULL OR a.meeting_id <> @meetingId)
      AND coalesce(o.scheduled_at, a.created_at) < @scheduledAt
    ORDER BY coalesce(o.scheduled_at, a.created_at), a.position, a.id`);

  return {
    name: 'follow-up panel of the busiest rep’s next one-on-one (all earlier history)',
    budget: { medianMs: 5, ratio: 2 },
    app: async () => {
      const result = await core.registry.dispatch('followUps.panel', { meetingId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as FollowUpPanel;
    },
    raw: () => {
      const meeting = meetingStatement.get(meetingId) as {
        rep_id: number;
        rep_name: string;
        scheduled_at: string;
        status: FollowUpPanel['meetingStatus'];
      };
      const meetingDay = format(new Date(meeting.scheduled_at), 'yyyy-MM-dd');
      const rows = itemsStatement.all({
        meetingId,
        repId: meeting.rep_id,
        scheduledAt: meeting.scheduled_at,
      }) as RawPanelRow[];
      return {
        meetingId,
        repId: meeting.rep_id,
        repName: meeting.rep_name,
        meetingScheduledAt: meeting.scheduled_at,
        meetingDay,
        meetingStatus: meeting.status,
        items: rows.map((row) => {
          const check =
            row.check_id === null || row.outcome === null
              ? null
              : {
                  id: row.check_id,
                  meetingId,
                  outcome: row.outcome,
                  note: row.note,
                  newDueDate: row.new_due_date,
                  previousDueDate: row.previous_due_date,
                  createdAt: row.check_created_at ?? '',
                };
          const due = check?.newDueDate ? check.previousDueDate : row.due_date;
          return {
            actionItemId: row.id,
            title: row.title,
            owner: row.owner,
            status: row.status,
            dueDate: row.due_date,
            daysOverdue: due === null ? 0 : Math.max(0, differenceInCalendarDays(parseISO(meetingDay), parseISO(due))),
            carryCount: row.carry_count,
            originMeetingId: row.meeting_id,
            originMeetingAt: row.origin_at,
            createdAt: row.created_at,
            check,
          };
        }),
      };
    },
  };
}
