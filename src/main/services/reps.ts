import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { Rep, RepListItem } from '@shared/reps/rep';
import { RepEntity } from '../database/entities/rep';
import { notFound } from '../errors';
import type { Clock } from './clock';
import { likePattern, SqlReader } from './sql';

export interface RepSqlRow {
  id: number;
  name: string;
  email: string | null;
  title: string | null;
  team: string | null;
  territory: string | null;
  start_date: string | null;
  cadence: Rep['cadence'];
  status: Rep['status'];
  default_template_id: number | null;
  created_at: string;
  updated_at: string;
}

interface RepListRow extends RepSqlRow {
  last_held_at: string | null;
  open_action_item_count: number;
}

export const toRep = (row: RepSqlRow): Rep => ({
  id: row.id,
  name: row.name,
  email: row.email,
  title: row.title,
  team: row.team,
  territory: row.territory,
  startDate: row.start_date,
  cadence: row.cadence,
  status: row.status,
  defaultTemplateId: row.default_template_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

// Correlated subqueries ride the (rep_id, status, scheduled_at) and (rep_id, status) indexes,
// so the list costs one index probe per rep however long the history is.
const LIST_SQL = `
  SELECT r.*,
    (SELECT max(m.scheduled_at) FROM meetings m WHERE m.rep_id = r.id AND m.status = 'held') AS last_held_at,
    (SELECT count(*) FROM action_items a WHERE a.rep_id = r.id AND a.status = 'open') AS open_action_item_count
  FROM reps r
  WHERE (@status = 'all' OR r.status = @status)
    AND (@search IS NULL OR r.name LIKE @search ESCAPE '\\')
    AND (@team IS NULL OR r.team = @team)
  ORDER BY r.name COLLATE NOCASE, r.id`;

type RepFieldsInput = ApiParsedInput<'reps.create'>;

export type RepsService = ReturnType<typeof createRepsService>;

export function createRepsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);

  const get = (id: number): Rep => {
    const row = sql.get<RepSqlRow>('SELECT * FROM reps WHERE id = ?', [id]);
    if (!row) throw notFound('rep', id);
    return toRep(row);
  };

  const repository = dataSource.getRepository(RepEntity);
  const columnsOf = (fields: RepFieldsInput) => ({
    name: fields.name,
    email: fields.email,
    title: fields.title,
    team: fields.team,
    territory: fields.territory,
    startDate: fields.startDate,
    cadence: fields.cadence,
  });

  const setStatus = async (id: number, status: Rep['status']): Promise<Rep> => {
    get(id);
    await repository.update({ id }, { status, updatedAt: clock.now().toISOString() });
    return get(id);
  };

  return {
    list(input: ApiParsedInput<'reps.list'>): RepListItem[] {
      const rows = sql.all<RepListRow>(LIST_SQL, {
        status: input.status,
        search: input.search ? likePattern(input.search) : null,
        team: input.team ?? null,
      });
      return rows.map((row) => ({
        ...toRep(row),
        lastHeldAt: row.last_held_at,
        openActionItemCount: row.open_action_item_count,
      }));
    },

    get,

    async create(fields: RepFieldsInput): Promise<Rep> {
      const now = clock.now().toISOString();
      const saved = await repository.save({ ...columnsOf(fields), status: 'active', createdAt: now, updatedAt: now });
      return get(saved.id);
    },

    async update({ id, ...fields }: ApiParsedInput<'reps.update'>): Promise<Rep> {
      get(id);
      await repository.update({ id }, { ...columnsOf(fields), updatedAt: clock.now().toISOString() });
      return get(id);
    },

    archive: (id: number) => setStatus(id, 'archived'),
    unarchive: (id: number) => setStatus(id, 'active'),

    teams(): string[] {
      return sql
        .all<{ team: string }>(
          "SELECT DISTINCT team FROM reps WHERE team IS NOT NULL AND team <> '' ORDER BY team COLLATE NOCASE",
        )
        .map((row) => row.team);
    },
  };
}
