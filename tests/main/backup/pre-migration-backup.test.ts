import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupBeforeMigration } from '../../../src/main/backup/pre-migration-backup';
import { openDatabase } from '../../../src/main/database/open-database';
import { openAtVersion, schemaVersionOf } from '../database/migration-helpers';
import { useTempFolders } from '../database/temp-folders';
import { allMigrations } from '../../../src/main/database/migrations';

const folders = useTempFolders();
const NOW = new Date('2026-11-27T04:25:52.000Z');

describe('backup before a migration', () => {
  it('copies a file with pending migrations into backups/ before upgrading it', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'coachbook.sqlite');
    // A file a release before migration 1 left: TypeORM's bookkeeping table, nothing migrated.
    (await openAtVersion(file, 0)).destroy();
    const opened = await openDatabase({ dataDir, now: () => NOW });
    if (opened.status !== 'ready') throw new Error(opened.message);
    folders.track(opened.dataSource);
    expect(opened.migrationsRun).toHaveLength(allMigrations.length);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['pre-migration-v0-20261127-042552.sqlite']);
    expect(schemaVersionOf(join(dataDir, 'backups', 'pre-migration-v0-20261127-042552.sqlite'))).toBe(0);
  });

  it('makes no backup for a new database or one already up to date', async () => {
    const dataDir = await folders.make();
    const first = await openDatabase({ dataDir });
    if (first.status !== 'ready') throw new Error(first.message);
    await first.dataSource.destroy();
    const again = await openDatabase({ dataDir });
    if (again.status !== 'ready') throw new Error(again.message);
    folders.track(again.dataSource);
    expect(readdirSync(dataDir).filter((name) => name === 'backups')).toEqual([]);
  });

  it('copies data, including what is still in the WAL, as it was at that version', async () => {
    const dir = await folders.make();
    const file = join(dir, 'coachbook.sqlite');
    const old = await openAtVersion(file, 1);
    await old.query(
      `INSERT INTO reps (name, cadence, status, created_at, updated_at) VALUES ('Ana Ruiz', 'weekly', 'active', 'x', 'x')`,
    );
    // Simulate a crash: the row sits in the -wal file, not yet in the main file.
    const raw = new Database(file);
    raw.pragma('wal_autocheckpoint = 0');
    raw
      .prepare(
        `INSERT INTO reps (name, cadence, status, created_at, updated_at) VALUES ('Ben Okafor', 'weekly', 'active', 'x', 'x')`,
      )
      .run();
    await old.destroy();
    const copy = await backupBeforeMigration({ file, fromVersion: 1, backupsDir: join(dir, 'backups'), now: NOW });
    raw.close();
    expect(copy).toBe(join(dir, 'backups', 'pre-migration-v1-20261127-042552.sqlite'));
    const backup = new Database(copy, { readonly: true });
    expect(backup.prepare('SELECT name FROM reps ORDER BY id').pluck().all()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('refuses to migrate, leaving the file as it was, when the backup cannot be written', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'coachbook.sqlite');
    (await openAtVersion(file, 0)).destroy();
    // A file where the backups folder should be: mkdir fails.
    (await import('node:fs')).writeFileSync(join(dataDir, 'backups'), 'not a folder');
    const opened = await openDatabase({ dataDir });
    expect(opened).toMatchObject({ status: 'refused', message: expect.stringMatching(/safety copy/) });
    expect(schemaVersionOf(file)).toBe(0);
  });
});
