import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/database/open-database';
import { openAtVersion, schemaVersionOf } from './migration-helpers';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();
const NOW = '2026-11-27T09:30:00.000Z';

const goalsMatching = async (db: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, query: string) =>
  (
    (await db.query('SELECT rowid AS id FROM goals_fts WHERE goals_fts MATCH ? ORDER BY rowid', [query])) as Array<{
      id: number;
    }>
  ).map((row) => row.id);

describe('migration 0003: goal search', () => {
  it('upgrades a version-2 file with goals, indexing the goals it already has and keeping every row', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'book.sqlite');
    const old = await openAtVersion(file, 2);
    await old.query(
      `INSERT INTO reps (id, name, email, created_at, updated_at) VALUES (1, 'Ana Ruiz', 'ana@example.com', ?, ?)`,
      [NOW, NOW],
    );
    await old.query(
      `INSERT INTO goals (id, rep_id, title, kind, metric, unit, start_value, target_value, start_date, end_date, created_at, updated_at)
       VALUES (1, 1, 'Q4 quota', 'metric', 'Quota attained', 'currency', 0, 300000, '2026-10-01', '2026-12-31', ?, ?),
              (2, 1, 'Certification', 'milestone', NULL, NULL, NULL, NULL, '2026-10-01', '2026-11-30', ?, ?)`,
      [NOW, NOW, NOW, NOW],
    );
    await old.query(
      `INSERT INTO goal_check_ins (goal_id, date, value, created_at) VALUES (1, '2026-11-01', 120000, ?)`,
      [NOW],
    );
    await old.destroy();
    expect(schemaVersionOf(file)).toBe(2);

    const opened = await openDatabase({ dataDir, file });
    if (opened.status !== 'ready') throw new Error(opened.message);
    const db = folders.track(opened.dataSource);
    expect(opened.migrationsRun).toEqual([
      'GoalsSearch1764230400003',
      'SearchSecureDelete1764230400004',
      'CalendarLinks1764230400005',
    ]);
    expect(opened.schemaVersion).toBe(5);

    expect(await db.query('SELECT id, title FROM goals ORDER BY id')).toEqual([
      { id: 1, title: 'Q4 quota' },
      { id: 2, title: 'Certification' },
    ]);
    expect(await db.query('SELECT goal_id, value FROM goal_check_ins')).toEqual([{ goal_id: 1, value: 120000 }]);
    expect(await goalsMatching(db, 'quota')).toEqual([1]);
    expect(await goalsMatching(db, 'certif*')).toEqual([2]);
    await db.query(`INSERT INTO goals_fts (goals_fts, rank) VALUES ('integrity-check', 1)`);

    // The triggers keep the index in step from now on.
    await db.query(`UPDATE goals SET title = 'Sales certification' WHERE id = 2`);
    await db.query(`UPDATE goals SET metric = 'Pipeline created' WHERE id = 1`);
    expect(await goalsMatching(db, 'sales')).toEqual([2]);
    expect(await goalsMatching(db, 'pipeline')).toEqual([1]);
    expect(await goalsMatching(db, 'attained')).toEqual([]);
    await db.query('DELETE FROM goals WHERE id = 2');
    expect(await goalsMatching(db, 'certification')).toEqual([]);
    await db.query(`INSERT INTO goals_fts (goals_fts, rank) VALUES ('integrity-check', 1)`);
  });

  it('down removes the index and its triggers, and goals can still be written', async () => {
    const file = join(await folders.make(), 'book.sqlite');
    const db = folders.track(await openAtVersion(file, 3));
    await db.undoLastMigration({ transaction: 'all' });
    expect(await db.query(`SELECT name FROM sqlite_master WHERE name LIKE 'goals_fts%'`)).toEqual([]);
    expect(await db.query('PRAGMA user_version')).toEqual([{ user_version: 2 }]);
    await db.query(`INSERT INTO reps (id, name, created_at, updated_at) VALUES (1, 'Ana', ?, ?)`, [NOW, NOW]);
    await db.query(
      `INSERT INTO goals (rep_id, title, kind, start_date, end_date, created_at, updated_at) VALUES (1, 'x', 'milestone', '2026-01-01', '2026-02-01', ?, ?)`,
      [NOW, NOW],
    );
  });
});
