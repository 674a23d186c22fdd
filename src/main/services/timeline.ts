import { addDays } from 'date-fns';
import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import {
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineEntryDetail,
  type TimelineKind,
  type TimelinePage,
} from '@shared/timeline/timeline';
import { notFound } from '../errors';
import { toActionItem, type ActionItemSqlRow } from './action-item-rows';
import type { GoalCheckInsService } from './goal-check-ins';
import { toCheckIn, toGoal, type CheckInSqlRow, type GoalSqlRow } from './goal-rows';
import type { MeetingWorkspaceService } from './meeting-workspace';
import type { MeetingsService } from './meetings';
import type { SkillRatingsService } from './skill-ratings';
import { SKILL_RATING_SELECT, toSkillRating, type SkillRatingSqlRow } from './skill-ratings';
import { SqlReader } from './sql';
import { CHECK_IN_TIMESTAMP, loadEntries } from './timeline-entries';

/*
 * Newest first by (timestamp, kind order, id). Kind order puts a one-on-one above the follow-ups
 * and ratings recorded in it, which share its timestamp. Each branch takes at most a page (plus
 * one, to know whether another page follows) from its own index before the merge, so a page
 * costs the same on the first screen and five years down.
 */
const KIND_ORDER: Record<TimelineKind, number> = { meeting: 3, follow_up: 2, rating: 1, check_in: 0 };

const KEYSET = (ts: string, order: number | string, id: string) =>
  `${ts} >= @fromTs AND ${ts} < @toTs AND ${ts} <= @cTs AND (${ts}, ${order}, ${id}) < (@cTs, @cOrder, @cId)`;

export const TIMELINE_PAGE_SQL = `
  SELECT * FROM (
    SELECT 'meeting' AS kind, 3 AS k, m.id, m.scheduled_at AS ts FROM meetings m
    WHERE @meeting = 1 AND m.rep_id = @repId AND ${KEYSET('m.scheduled_at', 3, 'm.id')}
    ORDER BY m.scheduled_at DESC, m.id DESC LIMIT @limit)
  UNION ALL SELECT * FROM (
    SELECT 'follow_up' AS kind, 2 AS k, f.id, m.scheduled_at AS ts FROM meetings m JOIN follow_up_checks f ON f.meeting_id = m.id
    WHERE @follow_up = 1 AND m.rep_id = @repId AND ${KEYSET('m.scheduled_at', 2, 'f.id')}
    ORDER BY m.scheduled_at DESC, f.id DESC LIMIT @limit)
  UNION ALL SELECT * FROM (
    SELECT 'rating' AS kind, 1 AS k, s.id, m.scheduled_at AS ts FROM meetings m JOIN skill_ratings s ON s.meeting_id = m.id
    WHERE @rating = 1 AND m.rep_id = @repId AND ${KEYSET('m.scheduled_at', 1, 's.id')}
    ORDER BY m.scheduled_at DESC, s.id DESC LIMIT @limit)
  UNION ALL SELECT * FROM (
    SELECT 'check_in' AS kind, 0 AS k, i.id, ${CHECK_IN_TIMESTAMP} AS ts FROM goals g JOIN goal_check_ins i ON i.goal_id = g.id
    WHERE @check_in = 1 AND g.rep_id = @repId AND ${KEYSET(CHECK_IN_TIMESTAMP, 0, 'i.id')}
    ORDER BY i.date DESC, i.id DESC LIMIT @limit)
  ORDER BY ts DESC, k DESC, id DESC LIMIT @limit`;

/** The local midnight starting a calendar day, as the ISO instant timestamps are compared with. */
const startOfLocalDay = (day: string): string => new Date(`${day}T00:00:00`).toISOString();

interface Deps {
  meetings: MeetingsService;
  meetingWorkspace: MeetingWorkspaceService;
  goalCheckIns: GoalCheckInsService;
  skillRatings: SkillRatingsService;
}

export type TimelineService = ReturnType<typeof createTimelineService>;

/** A rep's history: one-on-ones, follow-up checks, goal check-ins and skill ratings in one list. */
export function createTimelineService(dataSource: DataSource, deps: Deps) {
  const sql = SqlReader.from(dataSource);

  const entryOf = (kind: TimelineKind, id: number): TimelineEntry => {
    const entry = loadEntries(sql, kind, [id]).get(id);
    if (!entry) throw notFound(kind === 'meeting' ? 'one-on-one' : kind.replace('_', '-'), id);
    return entry;
  };

  return {
    page(input: ApiParsedInput<'timeline.page'>): TimelinePage {
      if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [input.repId])) throw notFound('rep', input.repId);
      const kinds = new Set(input.kinds ?? TIMELINE_KINDS);
      const after = input.after;
      const keys = sql.all<{ kind: TimelineKind; id: number; ts: string }>(TIMELINE_PAGE_SQL, {
        repId: input.repId,
        meeting: kinds.has('meeting') ? 1 : 0,
        follow_up: kinds.has('follow_up') ? 1 : 0,
        rating: kinds.has('rating') ? 1 : 0,
        check_in: kinds.has('check_in') ? 1 : 0,
        fromTs: input.from ? startOfLocalDay(input.from) : '',
        toTs: input.to ? addDays(new Date(`${input.to}T00:00:00`), 1).toISOString() : '9999',
        cTs: after ? after.timestamp : '9999',
        cOrder: after ? KIND_ORDER[after.kind] : 9,
        cId: after ? after.id : 0,
        limit: input.pageSize + 1,
      });
      const page = keys.slice(0, input.pageSize);
      const loaded = new Map<TimelineKind, Map<number, TimelineEntry>>();
      for (const kind of TIMELINE_KINDS) {
        const ids = page.filter((key) => key.kind === kind).map((key) => key.id);
        loaded.set(kind, loadEntries(sql, kind, ids));
      }
      const entries = page.flatMap((key) => loaded.get(key.kind)?.get(key.id) ?? []);
      const last = page[page.length - 1];
      return {
        entries,
        nextCursor: keys.length > input.pageSize && last ? { timestamp: last.ts, kind: last.kind, id: last.id } : null,
      };
    },

    entry({ kind, id }: ApiParsedInput<'timeline.entry'>): TimelineEntryDetail {
      switch (kind) {
        case 'meeting': {
          const workspace = deps.meetingWorkspace.open(id);
          const followUps = sql
            .all<{ id: number }>('SELECT id FROM follow_up_checks WHERE meeting_id = ? ORDER BY id', [id])
            .map((row) => row.id);
          const followUpEntries = loadEntries(sql, 'follow_up', followUps);
          return {
            kind,
            meeting: workspace.meeting,
            sharedNotes: workspace.sharedNotes,
            privateNotes: workspace.privateNotes,
            actionItems: workspace.actionItems,
            followUps: followUps.flatMap((followUpId) => {
              const entry = followUpEntries.get(followUpId);
              return entry?.kind === 'follow_up' ? [entry] : [];
            }),
            ratings: deps.skillRatings.forMeeting(id),
            checkIns: sql
              .all<CheckInSqlRow>('SELECT * FROM goal_check_ins WHERE meeting_id = ? ORDER BY id', [id])
              .map(toCheckIn),
          };
        }
        case 'follow_up': {
          const entry = entryOf(kind, id);
          if (entry.kind !== 'follow_up') throw notFound('follow-up', id);
          const item = sql.get<ActionItemSqlRow>('SELECT a.* FROM action_items a WHERE a.id = ?', [entry.actionItemId]);
          if (!item) throw notFound('action item', entry.actionItemId);
          return { kind, entry, actionItem: toActionItem(item), meeting: deps.meetings.summary(entry.meetingId) };
        }
        case 'check_in': {
          const entry = entryOf(kind, id);
          if (entry.kind !== 'check_in') throw notFound('check-in', id);
          const goal = sql.get<GoalSqlRow>('SELECT * FROM goals WHERE id = ?', [entry.goalId]);
          if (!goal) throw notFound('goal', entry.goalId);
          return { kind, entry, checkIn: deps.goalCheckIns.get(id), goal: toGoal(goal) };
        }
        case 'rating': {
          const entry = entryOf(kind, id);
          if (entry.kind !== 'rating') throw notFound('skill rating', id);
          const rating = sql.get<SkillRatingSqlRow>(`${SKILL_RATING_SELECT} WHERE s.id = ?`, [id]);
          if (!rating) throw notFound('skill rating', id);
          return { kind, entry, rating: toSkillRating(rating), meeting: deps.meetings.summary(entry.meetingId) };
        }
      }
    },
  };
}
