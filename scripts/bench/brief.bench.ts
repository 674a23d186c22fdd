import type { Database } from 'better-sqlite3';
import { format } from 'date-fns';
import type { CoachbookCore } from '../../src/main/app-core';
import { toActionItem, type ActionItemSqlRow } from '../../src/main/services/action-item-rows';
import { toGoalSummary, type GoalSummarySqlRow } from '../../src/main/services/goal-rows';
import { addDays, daysBetween, firstDayOfMonth, lastMonths } from '@shared/accountability/calendar-days';
import { accountabilityFigures, monthlySeries, type AccountabilityItem } from '@shared/accountability/figures';
import { resolvePeriod } from '@shared/accountability/period';
import type { PreMeetingBrief } from '@shared/brief/brief';
import { excerptWords } from '@shared/brief/excerpt';
import { coachingFocus } from '@shared/skills/coaching-focus';
import type { BenchCase } from './measure';

/** The active rep with the most one-on-ones: the heaviest brief. */
export function pickBusiestRep(raw: Database): number {
  const row = raw
    .prepare(
      `SELECT m.rep_id AS id FROM meetings m JOIN reps r ON r.id = m.rep_id WHERE r.status = 'active'
       GROUP BY m.rep_id ORDER BY count(*) DESC, m.rep_id LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  if (!row) throw new Error('the benchmark set has no rep with one-on-ones');
  return row.id;
}

/** The pre-meeting brief, one call; the baseline runs the same reads as hand-written SQL. */
export function briefBench(core: CoachbookCore, raw: Database): BenchCase<PreMeetingBrief> {
  const repId = pickBusiestRep(raw);
  const rep = raw.prepare('SELECT id, name FROM reps WHERE id = ?');
  const last = raw.prepare(`SELECT id, scheduled_at, substr(shared_notes_text, 1, 2000) AS text FROM meetings
    WHERE rep_id = ? AND status = 'held' ORDER BY scheduled_at DESC, id DESC LIMIT 1`);
  const agreements = raw.prepare('SELECT a.* FROM action_items a WHERE a.meeting_id = ? ORDER BY a.position, a.id');
  const open = raw.prepare(
    `SELECT a.* FROM action_items a WHERE a.rep_id = ? AND a.status = 'open' ORDER BY a.due_date IS NULL, a.due_date, a.id`,
  );
  const figureItems = raw.prepare(
    `SELECT id, owner, due_date AS dueDate, status, completed_on AS completedOn FROM action_items WHERE rep_id = ? AND owner = 'rep' AND due_date >= ?`,
  );
  const checked = raw
    .prepare(
      `SELECT DISTINCT f.action_item_id FROM follow_up_checks f JOIN action_items a ON a.id = f.action_item_id
       WHERE a.rep_id = ? AND a.owner = 'rep' AND a.due_date >= ?`,
    )
    .pluck();
  const goals = raw.prepare(`SELECT g.*,
      (SELECT i.value FROM goal_check_ins i WHERE i.goal_id = g.id ORDER BY i.date DESC, i.id DESC LIMIT 1) AS latest_value,
      (SELECT max(i.date) FROM goal_check_ins i WHERE i.goal_id = g.id) AS latest_date,
      (SELECT count(*) FROM goal_check_ins i WHERE i.goal_id = g.id) AS check_in_count
    FROM goals g WHERE g.rep_id = ? AND g.status = 'active' ORDER BY g.end_date, g.id`);
  const skills = raw.prepare('SELECT id, name FROM skills WHERE retired_at IS NULL ORDER BY position, id');
  const ratings = raw.prepare(`SELECT s.skill_id, s.rating FROM skill_ratings s JOIN meetings m ON m.id = s.meeting_id
    WHERE s.rep_id = ? AND m.scheduled_at >= ? ORDER BY m.scheduled_at, s.id`);
  const points = raw.prepare(
    `SELECT id AS talkingPointId, text, created_at AS createdAt FROM talking_points WHERE rep_id = ? AND status = 'queued' ORDER BY created_at, id`,
  );

  return {
    name: 'pre-meeting brief (busiest rep)',
    budget: { medianMs: 10, ratio: 2 },
    app: async () => {
      const result = await core.registry.dispatch('brief.forRep', { repId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as PreMeetingBrief;
    },
    raw: () => {
      const today = format(new Date(), 'yyyy-MM-dd');
      const person = rep.get(repId) as { id: number; name: string };
      const lastRow = last.get(repId) as { id: number; scheduled_at: string; text: string } | undefined;
      const openItems = (open.all(repId) as ActionItemSqlRow[]).map((row) => ({
        actionItemId: row.id,
        meetingId: row.meeting_id,
        goalId: row.goal_id,
        title: row.title,
        owner: row.owner,
        dueDate: row.due_date,
        carryCount: row.carry_count,
        overdue: row.due_date !== null && row.due_date < today,
      }));
      openItems.sort((a, b) => Number(b.overdue) - Number(a.overdue));
      const period = resolvePeriod({ kind: 'last', days: 90 }, today);
      const firstMonth = firstDayOfMonth(lastMonths(today, 6)[0] ?? today.slice(0, 7));
      const since = firstMonth < period.from ? firstMonth : period.from;
      const items = figureItems.all(repId, since) as AccountabilityItem[];
      const checkedIds = new Set(checked.all(repId, since) as number[]);
      const figures = accountabilityFigures(
        items,
        [...checkedIds].map((actionItemId) => ({ actionItemId })),
        period,
        today,
        'rep',
      );
      const ratingSince = new Date(`${addDays(today, -180)}T00:00:00`).toISOString();
      const bySkill = new Map<number, number[]>();
      for (const row of ratings.all(repId, ratingSince) as Array<{ skill_id: number; rating: number }>) {
        bySkill.set(row.skill_id, [...(bySkill.get(row.skill_id) ?? []), row.rating]);
      }
      const excerpt = lastRow ? excerptWords(lastRow.text, 50) : null;
      return {
        repId,
        repName: person.name,
        today,
        lastHeldMeetingId: lastRow?.id ?? null,
        daysSinceLastOneOnOne: lastRow
          ? daysBetween(format(new Date(lastRow.scheduled_at), 'yyyy-MM-dd'), today)
          : null,
        lastMeeting:
          lastRow && excerpt
            ? {
                meetingId: lastRow.id,
                scheduledAt: lastRow.scheduled_at,
                agreements: (agreements.all(lastRow.id) as ActionItemSqlRow[]).map(toActionItem),
                excerpt: excerpt.excerpt,
                excerptTruncated: excerpt.truncated,
              }
            : null,
        openCommitments: openItems,
        overdueCount: openItems.filter((item) => item.overdue).length,
        followThrough: {
          rate: figures.followThroughRate,
          dueCount: figures.dueCount,
          doneCount: figures.doneCount,
          period: { from: period.from, to: period.to },
          monthly: monthlySeries(items, checkedIds, today, 6, 'rep'),
        },
        goals: (goals.all(repId) as GoalSummarySqlRow[]).map((row) => toGoalSummary(row, today)),
        focus: coachingFocus(
          (skills.all() as Array<{ id: number; name: string }>).map((skill) => ({
            skillId: skill.id,
            name: skill.name,
            ratings: bySkill.get(skill.id) ?? [],
          })),
        ),
        talkingPoints: points.all(repId) as PreMeetingBrief['talkingPoints'],
      };
    },
  };
}
