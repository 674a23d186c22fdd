import type { DataSource } from 'typeorm';
import type { AgendaTemplate, AgendaTemplateSection } from '@shared/agenda/agenda';
import type { ApiParsedInput } from '@shared/api/contract';
import { AgendaTemplateEntity } from '../database/entities/agenda-template';
import { RepEntity } from '../database/entities/rep';
import { DomainError, notFound } from '../errors';
import type { Clock } from './clock';
import { SqlReader } from './sql';

interface TemplateSqlRow {
  id: number;
  name: string;
  description: string | null;
  sections: string;
  builtin_key: string | null;
  archived_at: string | null;
}

const toTemplate = (row: TemplateSqlRow): AgendaTemplate => ({
  id: row.id,
  name: row.name,
  description: row.description,
  sections: JSON.parse(row.sections) as AgendaTemplateSection[],
  builtinKey: row.builtin_key,
  archivedAt: row.archived_at,
});

const BUILTIN_REFUSALS = {
  edit: "Built-in templates can't be edited; copy it to make your own",
  archive: "Built-in templates can't be archived; they stay available for every rep",
} as const;

export type AgendaTemplatesService = ReturnType<typeof createAgendaTemplatesService>;

/** Agenda templates: the four built-ins (migration 0002) and the manager's own. */
export function createAgendaTemplatesService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(AgendaTemplateEntity);
  const reps = dataSource.getRepository(RepEntity);

  const get = (id: number): AgendaTemplate => {
    const row = sql.get<TemplateSqlRow>('SELECT * FROM agenda_templates WHERE id = ?', [id]);
    if (!row) throw notFound('agenda template', id);
    return toTemplate(row);
  };

  /** Built-ins stay as shipped so every manager's "Weekly check-in" means the same thing. */
  const requireOwn = (id: number, action: 'edit' | 'archive'): AgendaTemplate => {
    const template = get(id);
    if (template.builtinKey) throw new DomainError('conflict', BUILTIN_REFUSALS[action]);
    return template;
  };

  return {
    get,

    list({ includeArchived }: ApiParsedInput<'templates.list'>): AgendaTemplate[] {
      return sql
        .all<TemplateSqlRow>(
          `SELECT * FROM agenda_templates WHERE (@includeArchived = 1 OR archived_at IS NULL)
           ORDER BY builtin_key IS NULL, CASE WHEN builtin_key IS NULL THEN name END COLLATE NOCASE, id`,
          { includeArchived: includeArchived ? 1 : 0 },
        )
        .map(toTemplate);
    },

    async create(fields: ApiParsedInput<'templates.create'>): Promise<AgendaTemplate> {
      const now = clock.now().toISOString();
      const inserted = await repository.insert({
        name: fields.name,
        description: fields.description,
        sections: JSON.stringify(fields.sections),
        builtinKey: null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return get(Number(inserted.identifiers[0]?.id));
    },

    async update({ id, ...fields }: ApiParsedInput<'templates.update'>): Promise<AgendaTemplate> {
      requireOwn(id, 'edit');
      await repository.update(
        { id },
        {
          name: fields.name,
          description: fields.description,
          sections: JSON.stringify(fields.sections),
          updatedAt: clock.now().toISOString(),
        },
      );
      return get(id);
    },

    /** Archived templates leave the picker; one-on-ones already built from them keep their agendas. */
    async archive(id: number): Promise<AgendaTemplate> {
      const template = requireOwn(id, 'archive');
      if (!template.archivedAt) {
        const now = clock.now().toISOString();
        await repository.update({ id }, { archivedAt: now, updatedAt: now });
      }
      return get(id);
    },

    async setRepDefault({ repId, templateId }: ApiParsedInput<'templates.setRepDefault'>): Promise<null> {
      if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [repId])) throw notFound('rep', repId);
      if (templateId !== null && get(templateId).archivedAt) {
        throw new DomainError('conflict', 'That template is archived; pick one from the list or restore it first.');
      }
      await reps.update({ id: repId }, { defaultTemplateId: templateId, updatedAt: clock.now().toISOString() });
      return null;
    },
  };
}
