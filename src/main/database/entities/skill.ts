import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, integerColumn, textColumn } from './columns';

/** A coaching skill. Retired skills keep their ratings but are no longer offered. */
export interface SkillRow {
  id: number;
  name: string;
  position: number;
  retiredAt: string | null;
  createdAt: string;
}

export const SkillEntity = new EntitySchema<SkillRow>({
  name: 'Skill',
  tableName: 'skills',
  columns: {
    id: idColumn(),
    name: textColumn('name'),
    position: integerColumn('position', { default: 0 }),
    retiredAt: instantColumn('retired_at', { nullable: true }),
    createdAt: instantColumn('created_at'),
  },
  uniques: [{ name: 'UQ_skills_name', columns: ['name'] }],
});
