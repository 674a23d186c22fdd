import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../src/main/database/data-source';
import { allMigrations } from '../../../src/main/database/migrations';

/**
 * Opens `file` (creating it if needed) with only the first `version` migrations applied: the
 * file a Coachbook release of that schema version would have left. To test migration N:
 *
 *   const old = await openAtVersion(file, N - 1);
 *   await old.query('INSERT INTO reps (…) VALUES (…)');   // raw SQL: entities describe the latest schema
 *   await old.destroy();
 *   const opened = await openDatabase({ dataDir, file });  // runs N (and later ones) like the app
 *   // …assert the rows survived and were converted.
 */
export async function openAtVersion(file: string, version: number): Promise<DataSource> {
  if (!Number.isInteger(version) || version < 0 || version > allMigrations.length) {
    throw new RangeError(`Schema version must be 0…${allMigrations.length}, got ${version}`);
  }
  const dataSource = createDataSource({ file });
  dataSource.setOptions({ migrations: allMigrations.slice(0, version) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  return dataSource;
}

/** `PRAGMA user_version` of a closed file, read without changing it. */
export function schemaVersionOf(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
}
