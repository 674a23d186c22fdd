import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { Skill } from '@shared/skills/skill';
import { SkillEntity } from '../database/entities/skill';
import { DomainError, notFound } from '../errors';
import type { Clock } from './clock';
import { SqlReader } from './sql';

interface SkillSqlRow {
  id: number;
  name: string;
  position: number;
  retired_at: string | null;
  created_at: string;
}

const toSkill = (row: SkillSqlRow): Skill => ({
  id: row.id,
  name: row.name,
  position: row.position,
  retiredAt: row.retired_at,
  createdAt: row.created_at,
});

export type SkillsService = ReturnType<typeof createSkillsService>;

/** The manager's skill list. Skills are retired, never deleted, so every rating keeps its skill. */
export function createSkillsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(SkillEntity);

  const get = (id: number): Skill => {
    const row = sql.get<SkillSqlRow>('SELECT * FROM skills WHERE id = ?', [id]);
    if (!row) throw notFound('skill', id);
    return toSkill(row);
  };

  const list = (includeRetired: boolean): Skill[] =>
    sql
      .all<SkillSqlRow>(
        'SELECT * FROM skills WHERE (@all = 1 OR retired_at IS NULL) ORDER BY retired_at IS NOT NULL, position, id',
        { all: includeRetired ? 1 : 0 },
      )
      .map(toSkill);

  // The table's unique name is case-sensitive; to a manager "Closing" and "closing" are the same skill.
  const requireFreeName = (name: string, exceptId: number) => {
    const taken = sql.get<SkillSqlRow>('SELECT * FROM skills WHERE lower(name) = lower(?) AND id <> ?', [
      name,
      exceptId,
    ]);
    if (taken) {
      const where = taken.retired_at ? ' (retired; restore it instead)' : '';
      throw new DomainError('conflict', `There is already a skill called “${taken.name}”${where}.`, 'name');
    }
  };

  return {
    get,
    list: ({ includeRetired }: ApiParsedInput<'skills.list'>) => list(includeRetired),

    async add({ name }: ApiParsedInput<'skills.add'>): Promise<Skill> {
      requireFreeName(name, 0);
      const next = sql.get<{ position: number }>('SELECT coalesce(max(position) + 1, 0) AS position FROM skills');
      const inserted = await repository.insert({
        name,
        position: next?.position ?? 0,
        retiredAt: null,
        createdAt: clock.now().toISOString(),
      });
      return get(Number(inserted.identifiers[0]?.id));
    },

    async rename({ id, name }: ApiParsedInput<'skills.rename'>): Promise<Skill> {
      get(id);
      requireFreeName(name, id);
      await repository.update({ id }, { name });
      return get(id);
    },

    async retire(id: number): Promise<Skill> {
      const skill = get(id);
      if (!skill.retiredAt) await repository.update({ id }, { retiredAt: clock.now().toISOString() });
      return get(id);
    },

    async restore(id: number): Promise<Skill> {
      const skill = get(id);
      if (skill.retiredAt) await repository.update({ id }, { retiredAt: null });
      return get(id);
    },

    reorder({ ids }: ApiParsedInput<'skills.reorder'>): Skill[] {
      const active = list(false).map((skill) => skill.id);
      const given = new Set(ids);
      if (given.size !== ids.length || ids.length !== active.length || active.some((id) => !given.has(id))) {
        throw new DomainError(
          'invalid_input',
          'Give every active skill exactly once, in the new order; the list may have changed, so reload it.',
          'ids',
        );
      }
      sql.transaction(() => {
        ids.forEach((id, position) => sql.run('UPDATE skills SET position = ? WHERE id = ?', [position, id]));
      });
      return list(false);
    },
  };
}
