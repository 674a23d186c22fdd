import { defineMethod } from '../api/define-method';
import {
  addSkillSchema,
  clearRatingSchema,
  listSkillsSchema,
  meetingRatingsSchema,
  rateSkillSchema,
  renameSkillSchema,
  reorderSkillsSchema,
  repTrendsSchema,
  skillIdSchema,
  type RepSkillTrends,
  type Skill,
  type SkillRating,
} from './skill';

export const skillsContract = {
  'skills.list': defineMethod<Skill[]>()(listSkillsSchema),
  'skills.add': defineMethod<Skill>()(addSkillSchema),
  'skills.rename': defineMethod<Skill>()(renameSkillSchema),
  /** Never deletes: the ratings stay in the history, the skill is just no longer offered. */
  'skills.retire': defineMethod<Skill>()(skillIdSchema),
  'skills.restore': defineMethod<Skill>()(skillIdSchema),
  /** The active skills' ids in their new order (all of them, each once). */
  'skills.reorder': defineMethod<Skill[]>()(reorderSkillsSchema),
  /** One rating per skill per one-on-one: rating again replaces it. */
  'skills.rate': defineMethod<SkillRating>()(rateSkillSchema),
  'skills.clearRating': defineMethod<null>()(clearRatingSchema),
  'skills.ratingsForMeeting': defineMethod<SkillRating[]>()(meetingRatingsSchema),
  /** Each skill's ratings of a rep over time, and the coaching focus. */
  'skills.trendsForRep': defineMethod<RepSkillTrends>()(repTrendsSchema),
};
