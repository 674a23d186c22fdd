import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import type { DemoStatements } from './demo-statements';
import type { Random } from './random';
import type { SeedCounts } from './seed-demo-data';

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/** Rates one to three skills in some meetings, drifting each skill slowly upward over time. */
export function rateSkills(
  sql: DemoStatements,
  random: Random,
  levels: Map<number, number>,
  repId: number,
  meetingId: number,
  stamp: string,
  counts: SeedCounts,
): void {
  if (!random.chance(0.45)) return;
  const ids = [...levels.keys()];
  const rated = new Set<number>();
  for (let index = random.int(1, 3); index > 0; index -= 1) rated.add(random.pick(ids));
  for (const skillId of rated) {
    const level = Math.min(5, Math.max(1, (levels.get(skillId) ?? 3) + (random.next() - 0.42) * 0.3));
    levels.set(skillId, level);
    sql.insertRating.run({
      skill_id: skillId,
      meeting_id: meetingId,
      rep_id: repId,
      rating: Math.round(level),
      note: null,
      created_at: stamp,
    });
    counts.skillRatings += 1;
  }
}

/** Quarterly quota goals with a check-in every two weeks, some reps pacing ahead and some behind. */
export function seedGoals(
  sql: DemoStatements,
  random: Random,
  repId: number,
  from: Date,
  today: Date,
  counts: SeedCounts,
): void {
  for (let start = from; start < today; start = addMonths(start, 3)) {
    const end = addDays(addMonths(start, 3), -1);
    const target = random.int(15, 40) * 10_000;
    const goalId = Number(
      sql.insertGoal.run({
        rep_id: repId,
        title: `Quarterly quota ${format(start, 'QQQ yyyy')}`,
        kind: 'metric',
        metric: 'Quota attained',
        unit: 'currency',
        start_value: 0,
        target_value: target,
        start_date: day(start),
        end_date: day(end),
        status: end < today ? 'closed' : 'active',
        closed_at: end < today ? end.toISOString() : null,
        created_at: start.toISOString(),
      }).lastInsertRowid,
    );
    counts.goals += 1;
    const pace = 0.6 + random.next() * 0.6;
    const span = differenceInCalendarDays(end, start);
    let value = 0;
    for (let offset = 14; offset <= span && addDays(start, offset) <= today; offset += 14) {
      value += Math.round(((target * pace) / (span / 14)) * (0.5 + random.next()));
      sql.insertCheckIn.run({
        goal_id: goalId,
        date: day(addDays(start, offset)),
        value,
        note: null,
        created_at: addDays(start, offset).toISOString(),
      });
      counts.goalCheckIns += 1;
    }
  }
}
