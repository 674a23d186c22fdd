import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import { addDays } from '@shared/accountability/calendar-days';
import { coachingFocus, recentAverage, type CoachingFocusItem } from '@shared/skills/coaching-focus';
import { isSkillFalling } from '@shared/accountability/needs-attention';
import type { RepSkillTrends, SkillRating, SkillTrend } from '@shared/skills/skill';
import { SkillRatingEntity } from '../database/entities/skill-rating';
import { DomainError, notFound } from '../errors';
import { localDay } from './action-item-rows';
import type { Clock } from './clock';
import { SqlReader } from './sql';

/** Ratings older than this do not say where a skill stands now (the team view uses the same window). */
export const FOCUS_WINDOW_DAYS = 180;

export interface SkillRatingSqlRow {
  id: number;
  skill_id: number;
  skill_name: string;
  meeting_id: number;
  rep_id: number;
  rating: number;
  note: string | null;
  created_at: string;
}

export const SKILL_RATING_SELECT = `
  SELECT s.id, s.skill_id, k.name AS skill_name, s.meeting_id, s.rep_id, s.rating, s.note, s.created_at
  FROM skill_ratings s JOIN skills k ON k.id = s.skill_id`;

export const toSkillRating = (row: SkillRatingSqlRow): SkillRating => ({
  id: row.id,
  skillId: row.skill_id,
  skillName: row.skill_name,
  meetingId: row.meeting_id,
  repId: row.rep_id,
  rating: row.rating,
  note: row.note,
  createdAt: row.created_at,
});

interface TrendSqlRow {
  id: number;
  skill_id: number;
  meeting_id: number;
  rating: number;
  note: string | null;
  scheduled_at: string;
}

interface SkillHeaderRow {
  id: number;
  name: string;
  retired_at: string | null;
}

/** Ratings of a rep, in meeting order: the trend reads them oldest first. */
const REP_RATINGS_SQL = `
  SELECT s.id, s.skill_id, s.meeting_id, s.rating, s.note, m.scheduled_at
  FROM skill_ratings s JOIN meetings m ON m.id = s.meeting_id
  WHERE s.rep_id = @repId AND m.scheduled_at >= @since
  ORDER BY m.scheduled_at, s.id`;

export type SkillRatingsService = ReturnType<typeof createSkillRatingsService>;

/** Rating skills in a one-on-one, and what the ratings say about a rep over time. */
export function createSkillRatingsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(SkillRatingEntity);

  const ratingOf = (meetingId: number, skillId: number): SkillRating | null => {
    const row = sql.get<SkillRatingSqlRow>(`${SKILL_RATING_SELECT} WHERE s.meeting_id = ? AND s.skill_id = ?`, [
      meetingId,
      skillId,
    ]);
    return row ? toSkillRating(row) : null;
  };

  const requireMeeting = (id: number): { rep_id: number; status: string } => {
    const meeting = sql.get<{ rep_id: number; status: string }>('SELECT rep_id, status FROM meetings WHERE id = ?', [
      id,
    ]);
    if (!meeting) throw notFound('one-on-one', id);
    return meeting;
  };

  const since = (days: number | null): string =>
    days === null ? '' : new Date(`${addDays(localDay(clock.now()), -days)}T00:00:00`).toISOString();

  /** Every skill's ratings of the rep since `sinceDays` ago (all of them when null). */
  const ratingsBySkill = (repId: number, sinceDays: number | null) => {
    const bySkill = new Map<number, TrendSqlRow[]>();
    for (const row of sql.all<TrendSqlRow>(REP_RATINGS_SQL, { repId, since: since(sinceDays) })) {
      const list = bySkill.get(row.skill_id);
      if (list) list.push(row);
      else bySkill.set(row.skill_id, [row]);
    }
    return bySkill;
  };

  const skillHeaders = (): SkillHeaderRow[] =>
    sql.all<SkillHeaderRow>('SELECT id, name, retired_at FROM skills ORDER BY retired_at IS NOT NULL, position, id');

  /** The coaching focus over active skills and recent ratings; the brief shows it too. */
  const focusForRep = (repId: number): CoachingFocusItem[] => {
    const recent = ratingsBySkill(repId, FOCUS_WINDOW_DAYS);
    return coachingFocus(
      skillHeaders()
        .filter((skill) => skill.retired_at === null)
        .map((skill) => ({
          skillId: skill.id,
          name: skill.name,
          ratings: (recent.get(skill.id) ?? []).map((row) => row.rating),
        })),
    );
  };

  return {
    focusForRep,

    async rate({ meetingId, skillId, rating, note }: ApiParsedInput<'skills.rate'>): Promise<SkillRating> {
      const meeting = requireMeeting(meetingId);
      if (meeting.status === 'cancelled') {
        throw new DomainError('conflict', 'This one-on-one was cancelled; rate skills in one that took place.');
      }
      const skill = sql.get<SkillHeaderRow>('SELECT id, name, retired_at FROM skills WHERE id = ?', [skillId]);
      if (!skill) throw notFound('skill', skillId);
      if (skill.retired_at) {
        throw new DomainError('conflict', `“${skill.name}” is retired; restore it to rate it again.`, 'skillId');
      }
      // One rating per skill per one-on-one: rating again replaces the earlier one.
      await repository.upsert(
        { skillId, meetingId, repId: meeting.rep_id, rating, note, createdAt: clock.now().toISOString() },
        ['meetingId', 'skillId'],
      );
      const saved = ratingOf(meetingId, skillId);
      if (!saved) throw new Error('the rating was not saved');
      return saved;
    },

    async clearRating({ meetingId, skillId }: ApiParsedInput<'skills.clearRating'>): Promise<null> {
      requireMeeting(meetingId);
      await repository.delete({ meetingId, skillId });
      return null;
    },

    forMeeting(meetingId: number): SkillRating[] {
      requireMeeting(meetingId);
      return sql
        .all<SkillRatingSqlRow>(`${SKILL_RATING_SELECT} WHERE s.meeting_id = ? ORDER BY k.position, k.id`, [meetingId])
        .map(toSkillRating);
    },

    trendsForRep(repId: number): RepSkillTrends {
      if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [repId])) throw notFound('rep', repId);
      const all = ratingsBySkill(repId, null);
      // Retired skills appear only where the rep has ratings for them: their history stays visible.
      const skills: SkillTrend[] = skillHeaders()
        .filter((skill) => skill.retired_at === null || all.has(skill.id))
        .map((skill) => {
          const rows = all.get(skill.id) ?? [];
          const values = rows.map((row) => row.rating);
          return {
            skillId: skill.id,
            name: skill.name,
            retired: skill.retired_at !== null,
            points: rows.map((row) => ({
              ratingId: row.id,
              meetingId: row.meeting_id,
              scheduledAt: row.scheduled_at,
              rating: row.rating,
              note: row.note,
            })),
            recentAverage: recentAverage(values),
            falling: isSkillFalling(values),
          };
        });
      return { repId, skills, focus: focusForRep(repId) };
    },
  };
}
