import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createDataSource } from '../../../src/main/database/data-source';
import { allMigrations, LATEST_SCHEMA_VERSION } from '../../../src/main/database/migrations';
import { openDatabase } from '../../../src/main/database/open-database';
import { openAtVersion, schemaVersionOf } from './migration-helpers';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();

const userTables = async (db: { query: (sql: string) => Promise<Array<{ name: string }>> }) =>
  (
    await db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  ).map((row) => row.name);

describe('migrations', () => {
  it('number the schema: each one sets user_version to its position', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'book.sqlite');
    for (let version = 0; version <= LATEST_SCHEMA_VERSION; version += 1) {
      const db = await openAtVersion(file, version);
      await db.destroy();
      expect(schemaVersionOf(file)).toBe(version);
    }
    expect(allMigrations).toHaveLength(LATEST_SCHEMA_VERSION);
  });

  it('upgrade a file of the previous version through openDatabase', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'book.sqlite');
    const old = await openAtVersion(file, LATEST_SCHEMA_VERSION - 1);
    await old.destroy();

    const opened = await openDatabase({ dataDir, file });
    if (opened.status !== 'ready') throw new Error(opened.message);
    folders.track(opened.dataSource);
    expect(opened.migrationsRun).toHaveLength(1);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('0001 down removes everything its up created', async () => {
    const file = join(await folders.make(), 'book.sqlite');
    const db = folders.track(await openAtVersion(file, 1));
    await db.undoLastMigration({ transaction: 'all' });
    expect(await userTables(db)).toEqual(['migrations']);
    expect(await db.query('PRAGMA user_version')).toEqual([{ user_version: 0 }]);
  });

  it('roll back every pending migration when a later one fails', async () => {
    class Broken1764230499999 implements MigrationInterface {
      readonly name = 'Broken1764230499999';
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('PRAGMA user_version = 2');
        throw new Error('boom');
      }
      async down(): Promise<void> {}
    }
    const file = join(await folders.make(), 'book.sqlite');
    const db = folders.track(createDataSource({ file }));
    db.setOptions({ migrations: [...allMigrations, Broken1764230499999] });
    await db.initialize();

    await expect(db.runMigrations({ transaction: 'all' })).rejects.toThrow('boom');
    expect(await userTables(db)).toEqual(['migrations']);
    expect(await db.query('PRAGMA user_version')).toEqual([{ user_version: 0 }]);
  });
});
