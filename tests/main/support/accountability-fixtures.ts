import type { DataSource } from 'typeorm';
import type { TempCore } from './temp-core';

/*
 * Rows the accountability tests start from. Meetings and action items are inserted directly:
 * scheduling and note-taking are issue 3's services, which live on another branch.
 */

export function database(app: TempCore): DataSource {
  const dataSource = app.core.dataSource;
  if (!dataSource) throw new Error('the test database did not open');
  return dataSource;
}

export async function addRep(
  app: TempCore,
  name: string,
  cadence: 'weekly' | 'biweekly' | 'monthly' = 'weekly',
): Promise<number> {
  const rep = await app.call('reps.create', { name, cadence, team: 'Enterprise' });
  return rep.id;
}

export async function addMeeting(
  app: TempCore,
  repId: number,
  scheduledAt: string,
  status: 'scheduled' | 'held' | 'cancelled' = 'held',
): Promise<number> {
  const rows: Array<{ id: number }> = await database(app).query(
    `INSERT INTO meetings (rep_id, scheduled_at, status, held_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    [repId, scheduledAt, status, status === 'held' ? scheduledAt : null, scheduledAt, scheduledAt],
  );
  return rows[0]?.id ?? 0;
}

export interface ItemFields {
  repId: number;
  meetingId: number | null;
  title: string;
  owner?: 'rep' | 'manager';
  dueDate: string | null;
  /** Defaults to the meeting's scheduled time. */
  createdAt?: string;
  position?: number;
}

export async function addItem(app: TempCore, fields: ItemFields): Promise<number> {
  const dataSource = database(app);
  const meeting: Array<{ scheduled_at: string }> = fields.meetingId
    ? await dataSource.query('SELECT scheduled_at FROM meetings WHERE id = ?', [fields.meetingId])
    : [];
  const createdAt = fields.createdAt ?? meeting[0]?.scheduled_at ?? new Date().toISOString();
  const rows: Array<{ id: number }> = await dataSource.query(
    `INSERT INTO action_items (rep_id, meeting_id, title, owner, due_date, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [
      fields.repId,
      fields.meetingId,
      fields.title,
      fields.owner ?? 'rep',
      fields.dueDate,
      fields.position ?? 0,
      createdAt,
      createdAt,
    ],
  );
  return rows[0]?.id ?? 0;
}

/** Every action item and check, to show a refused call changed nothing. */
export async function snapshot(app: TempCore): Promise<unknown> {
  const dataSource = database(app);
  return {
    items: await dataSource.query('SELECT * FROM action_items ORDER BY id'),
    checks: await dataSource.query('SELECT * FROM follow_up_checks ORDER BY id'),
  };
}

export async function itemRow(
  app: TempCore,
  id: number,
): Promise<{ status: string; due_date: string | null; carry_count: number; completed_on: string | null }> {
  const rows: Array<{ status: string; due_date: string | null; carry_count: number; completed_on: string | null }> =
    await database(app).query('SELECT status, due_date, carry_count, completed_on FROM action_items WHERE id = ?', [
      id,
    ]);
  const row = rows[0];
  if (!row) throw new Error(`no action item ${id}`);
  return row;
}
