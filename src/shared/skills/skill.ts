import { z } from 'zod';
import { entityId, optionalText } from '../validation';
import type { CoachingFocusItem } from './coaching-focus';

export interface Skill {
  id: number;
  name: string;
  position: number;
  /** Retired skills keep their ratings but are no longer offered for rating. */
  retiredAt: string | null;
  createdAt: string;
}

export interface SkillRating {
  id: number;
  skillId: number;
  skillName: string;
  meetingId: number;
  repId: number;
  rating: number;
  note: string | null;
  createdAt: string;
}

export interface SkillTrendPoint {
  ratingId: number;
  meetingId: number;
  /** When the one-on-one was scheduled (ISO instant). */
  scheduledAt: string;
  rating: number;
  note: string | null;
}

/** One skill's ratings of one rep over time, oldest first. */
export interface SkillTrend {
  skillId: number;
  name: string;
  retired: boolean;
  points: SkillTrendPoint[];
  /** Average of the latest ratings (see coaching-focus.ts); null before the first rating. */
  recentAverage: number | null;
  falling: boolean;
}

export interface RepSkillTrends {
  repId: number;
  skills: SkillTrend[];
  focus: CoachingFocusItem[];
}

export const SKILL_NAME_MAX = 80;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const name = z
  .string({ message: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(SKILL_NAME_MAX, `Name must be at most ${SKILL_NAME_MAX} characters`);

export const skillIdSchema = z.object({ id: entityId('Skill id') });
export const listSkillsSchema = z.object({ includeRetired: z.boolean().default(false) });
export const addSkillSchema = z.object({ name });
export const renameSkillSchema = z.object({ id: entityId('Skill id'), name });
export const reorderSkillsSchema = z.object({
  ids: z.array(entityId('Skill id')).min(1, 'Give the skills in their new order').max(500),
});

export const rateSkillSchema = z.object({
  meetingId: entityId('Meeting id'),
  skillId: entityId('Skill id'),
  rating: z
    .number({ message: 'Rating must be a number from 1 to 5' })
    .int('Rating must be a whole number from 1 to 5')
    .min(RATING_MIN, 'Rating must be from 1 to 5')
    .max(RATING_MAX, 'Rating must be from 1 to 5'),
  note: optionalText(1000, 'Note'),
});

export const clearRatingSchema = z.object({ meetingId: entityId('Meeting id'), skillId: entityId('Skill id') });
export const meetingRatingsSchema = z.object({ meetingId: entityId('Meeting id') });
export const repTrendsSchema = z.object({ repId: entityId('Rep id') });
