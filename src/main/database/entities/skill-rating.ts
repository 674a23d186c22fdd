import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, integerColumn, referenceColumn, textColumn } from './columns';
import { MeetingEntity } from './meeting';
import { RepEntity } from './rep';
import { SkillEntity } from './skill';

/** A 1–5 rating of one skill in one one-on-one. */
export interface SkillRatingRow {
  id: number;
  skillId: number;
  meetingId: number;
  /** Copied from the meeting so a rep's skill trend needs no join. */
  repId: number;
  rating: number;
  note: string | null;
  createdAt: string;
}

export const SkillRatingEntity = new EntitySchema<SkillRatingRow>({
  name: 'SkillRating',
  tableName: 'skill_ratings',
  columns: {
    id: idColumn(),
    skillId: referenceColumn('skill_id', SkillEntity, 'CASCADE', 'FK_skill_ratings_skill_id'),
    meetingId: referenceColumn('meeting_id', MeetingEntity, 'CASCADE', 'FK_skill_ratings_meeting_id'),
    repId: referenceColumn('rep_id', RepEntity, 'CASCADE', 'FK_skill_ratings_rep_id'),
    rating: integerColumn('rating'),
    note: textColumn('note', { nullable: true }),
    createdAt: instantColumn('created_at'),
  },
  checks: [{ name: 'CHK_skill_ratings_rating', expression: '"rating" BETWEEN 1 AND 5' }],
  uniques: [{ name: 'UQ_skill_ratings_meeting_id_skill_id', columns: ['meetingId', 'skillId'] }],
  indices: [{ name: 'IDX_skill_ratings_rep_id_skill_id', columns: ['repId', 'skillId'] }],
});
