import type { DataSource } from 'typeorm';
import { localInstant } from './fixed-clock';
import type { TempCore } from './temp-core';

/*
 * Rows the accountability tests start from. Meetings and action items are inserted directly, so
 * each test states exactly the history it starts from, whatever the scheduling rules allow.
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

/**
 * Ana, weekly; one-on-ones on Fridays 13 and 20 November (held) and 27 November (scheduled, at
 * `thirdAt`). The first agreed three commitments: two of hers and the manager's pricing approval.
 */
export async function threeOneOnOnes(app: TempCore, thirdAt = localInstant(2026, 11, 27)) {
  const repId = await addRep(app, 'Ana Ruiz');
  const first = await addMeeting(app, repId, localInstant(2026, 11, 13));
  const second = await addMeeting(app, repId, localInstant(2026, 11, 20));
  const third = await addMeeting(app, repId, thirdAt, 'scheduled');
  const proposal = await addItem(app, {
    repId,
    meetingId: first,
    title: 'Send the Acme proposal',
    dueDate: '2026-11-18',
    position: 0,
  });
  const pipeline = await addItem(app, {
    repId,
    meetingId: first,
    title: 'Update the pipeline',
    dueDate: '2026-11-19',
    position: 1,
  });
  const pricing = await addItem(app, {
    repId,
    meetingId: first,
    title: 'Get pricing approval',
    owner: 'manager',
    dueDate: '2026-11-19',
    position: 2,
  });
  return { repId, first, second, third, proposal, pipeline, pricing };
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
