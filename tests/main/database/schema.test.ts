import { describe, expect, it } from 'vitest';
import { createDataSource } from '../../../src/main/database/data-source';
import { MeetingEntity, RepEntity } from '../../../src/main/database/entities';
import { openDatabase } from '../../../src/main/database/open-database';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();

async function openMigrated() {
  const opened = await openDatabase({ dataDir: await folders.make() });
  if (opened.status !== 'ready') throw new Error(opened.message);
  return folders.track(opened.dataSource);
}

const NOW = '2026-11-27T09:30:00.000Z';

describe('the migrated schema', () => {
  it('matches the entities: no pending schema changes', async () => {
    const dataSource = await openMigrated();
    const log = await dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('matches what synchronize builds from the entities', async () => {
    const migrated = await openMigrated();
    const synced = folders.track(
      createDataSource({ file: `${await folders.make()}/synced.sqlite`, synchronize: true }),
    );
    await synced.initialize();
    const entityTables = (rows: Array<{ name: string; sql: string }>) =>
      rows.filter((row) => !/fts|migrations|sqlite_sequence/.test(row.name)).map((row) => row.sql.trim());
    const schemaOf = (dataSource: typeof migrated) =>
      dataSource.query(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') ORDER BY name",
      );
    expect(entityTables(await schemaOf(migrated))).toEqual(entityTables(await schemaOf(synced)));
  });

  it('deletes a rep’s one-on-ones, action items and check-ins with the rep', async () => {
    const db = await openMigrated();
    await db.query(`INSERT INTO reps (id, name, created_at, updated_at) VALUES (1, 'Ana', ?, ?)`, [NOW, NOW]);
    await db.query(`INSERT INTO meetings (id, rep_id, scheduled_at, created_at, updated_at) VALUES (1, 1, ?, ?, ?)`, [
      NOW,
      NOW,
      NOW,
    ]);
    await db.query(
      `INSERT INTO action_items (id, rep_id, meeting_id, title, created_at, updated_at) VALUES (1, 1, 1, 'Call Acme', ?, ?)`,
      [NOW, NOW],
    );
    await db.query(
      `INSERT INTO follow_up_checks (action_item_id, meeting_id, outcome, created_at) VALUES (1, 1, 'done', ?)`,
      [NOW],
    );
    await db.query(
      `INSERT INTO skill_ratings (skill_id, meeting_id, rep_id, rating, created_at) VALUES (1, 1, 1, 4, ?)`,
      [NOW],
    );

    await db.query('DELETE FROM reps WHERE id = 1');
    for (const table of ['meetings', 'action_items', 'follow_up_checks', 'skill_ratings']) {
      expect(await db.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    }
  });

  it('keeps an action item when the meeting it came from is deleted', async () => {
    const db = await openMigrated();
    await db.query(`INSERT INTO reps (id, name, created_at, updated_at) VALUES (1, 'Ana', ?, ?)`, [NOW, NOW]);
    await db.query(`INSERT INTO meetings (id, rep_id, scheduled_at, created_at, updated_at) VALUES (1, 1, ?, ?, ?)`, [
      NOW,
      NOW,
      NOW,
    ]);
    await db.query(
      `INSERT INTO action_items (id, rep_id, meeting_id, title, created_at, updated_at) VALUES (1, 1, 1, 'Call Acme', ?, ?)`,
      [NOW, NOW],
    );
    await db.query('DELETE FROM meetings WHERE id = 1');
    expect(await db.query('SELECT id, meeting_id FROM action_items')).toEqual([{ id: 1, meeting_id: null }]);
  });

  it('rejects a row pointing at a rep that does not exist', async () => {
    const db = await openMigrated();
    await expect(
      db.query(`INSERT INTO meetings (rep_id, scheduled_at, created_at, updated_at) VALUES (42, ?, ?, ?)`, [
        NOW,
        NOW,
        NOW,
      ]),
    ).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });

  it('rejects words outside a status list and ratings outside 1–5', async () => {
    const db = await openMigrated();
    await expect(
      db.query(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Ana', 'daily', ?, ?)`, [NOW, NOW]),
    ).rejects.toThrow(/CHECK constraint failed: CHK_reps_cadence/);
    await db.query(`INSERT INTO reps (id, name, created_at, updated_at) VALUES (1, 'Ana', ?, ?)`, [NOW, NOW]);
    await db.query(`INSERT INTO meetings (id, rep_id, scheduled_at, created_at, updated_at) VALUES (1, 1, ?, ?, ?)`, [
      NOW,
      NOW,
      NOW,
    ]);
    await expect(
      db.query(`INSERT INTO skill_ratings (skill_id, meeting_id, rep_id, rating, created_at) VALUES (1, 1, 1, 6, ?)`, [
        NOW,
      ]),
    ).rejects.toThrow(/CHECK constraint failed: CHK_skill_ratings_rating/);
  });

  it('reads and writes rows through the entities with camelCase properties', async () => {
    const db = await openMigrated();
    const rep = await db
      .getRepository(RepEntity)
      .save({ name: 'Ana Ruiz', team: 'East', createdAt: NOW, updatedAt: NOW });
    expect(rep).toMatchObject({ id: 1, cadence: 'weekly', status: 'active', defaultTemplateId: null });
    await db.getRepository(MeetingEntity).save({ repId: rep.id, scheduledAt: NOW, createdAt: NOW, updatedAt: NOW });
    const meeting = await db.getRepository(MeetingEntity).findOneByOrFail({ repId: rep.id });
    expect(meeting).toMatchObject({
      durationMinutes: 30,
      status: 'scheduled',
      agenda: '[]',
      sharedNotesText: '',
      notesRevision: 0,
    });
  });
});
