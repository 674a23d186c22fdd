import type { DataSource } from 'typeorm';
import { addDays, daysBetween } from '@shared/accountability/calendar-days';
import { daysSince, isMeetingOverdue } from '@shared/accountability/cadence';
import type { RepFollowUps, TodayOneOnOne, TodayReminders } from '@shared/reminders/reminders';
import type { UpcomingOneOnOne } from '@shared/reminders/plan-notifications';
import { ACTIVE_REPS_MEETINGS_SQL, localToday, startOfLocalDay, type RepMeetingsRow } from './accountability-rows';
import type { Clock } from './clock';
import { dayOfInstant } from './follow-up-rows';
import { SqlReader } from './sql';

interface OneOnOneRow {
  id: number;
  rep_id: number;
  rep_name: string;
  scheduled_at: string;
  status: TodayOneOnOne['status'];
}

interface DueItemRow {
  id: number;
  rep_id: number;
  rep_name: string;
  title: string;
  owner: 'rep' | 'manager';
  due_date: string;
  carry_count: number;
}

const ONE_ON_ONES_SQL = `
  SELECT m.id, m.rep_id, r.name AS rep_name, m.scheduled_at, m.status
  FROM meetings m JOIN reps r ON r.id = m.rep_id AND r.status = 'active'
  WHERE m.status IN ('scheduled', 'held') AND m.scheduled_at >= @from AND m.scheduled_at < @to
  ORDER BY m.scheduled_at, m.id`;

// The (status, due_date) index: open items due up to today, across the team.
const DUE_ITEMS_SQL = `
  SELECT a.id, a.rep_id, r.name AS rep_name, a.title, a.owner, a.due_date, a.carry_count
  FROM action_items a JOIN reps r ON r.id = a.rep_id AND r.status = 'active'
  WHERE a.status = 'open' AND a.due_date <= @today
  ORDER BY r.name COLLATE NOCASE, r.id, a.due_date, a.id`;

export type RemindersService = ReturnType<typeof createRemindersService>;

/** The "Today" list, and what the OS notifications are planned from. */
export function createRemindersService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);

  const scheduledBetween = (from: string, to: string) => sql.all<OneOnOneRow>(ONE_ON_ONES_SQL, { from, to });

  return {
    today(): TodayReminders {
      const today = localToday(clock);
      const oneOnOnes = scheduledBetween(startOfLocalDay(today), startOfLocalDay(addDays(today, 1))).map((row) => ({
        meetingId: row.id,
        repId: row.rep_id,
        repName: row.rep_name,
        scheduledAt: row.scheduled_at,
        status: row.status,
      }));

      const followUpsDue: RepFollowUps[] = [];
      for (const row of sql.all<DueItemRow>(DUE_ITEMS_SQL, { today })) {
        let group = followUpsDue[followUpsDue.length - 1];
        if (!group || group.repId !== row.rep_id) {
          group = { repId: row.rep_id, repName: row.rep_name, items: [] };
          followUpsDue.push(group);
        }
        group.items.push({
          actionItemId: row.id,
          title: row.title,
          owner: row.owner,
          dueDate: row.due_date,
          daysOverdue: daysBetween(row.due_date, today),
          carryCount: row.carry_count,
        });
      }

      const meetingsOverdue = sql
        .all<RepMeetingsRow>(ACTIVE_REPS_MEETINGS_SQL, { todayStart: startOfLocalDay(today), team: null })
        .flatMap((rep) => {
          const lastHeldOn = rep.last_held_at === null ? null : dayOfInstant(rep.last_held_at);
          if (!isMeetingOverdue(lastHeldOn, rep.cadence, today)) return [];
          return [
            {
              repId: rep.id,
              repName: rep.name,
              cadence: rep.cadence,
              lastHeldOn,
              daysSinceLastHeld: daysSince(lastHeldOn, today),
              nextOneOnOneAt: rep.next_at,
            },
          ];
        });
      return { today, oneOnOnes, followUpsDue, meetingsOverdue };
    },

    /** Scheduled one-on-ones starting in the next `minutes` (across midnight too). */
    startingSoon(minutes: number): UpcomingOneOnOne[] {
      const now = clock.now();
      return scheduledBetween(now.toISOString(), new Date(now.getTime() + minutes * 60_000 + 1).toISOString())
        .filter((row) => row.status === 'scheduled')
        .map((row) => ({ meetingId: row.id, repName: row.rep_name, scheduledAt: row.scheduled_at }));
    },
  };
}
