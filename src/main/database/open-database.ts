import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseProblem } from '@shared/app/app';
import { DATABASE_FILE_NAME } from './data-dir';
import { databaseProblemMessages as messages } from './database-problem-messages';
import { createDataSource } from './data-source';
import { classifyError, inspectDatabaseFile, refuse } from './inspect-database-file';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { backupsDir } from '../backup/backup-files';
import { backupBeforeMigration } from '../backup/pre-migration-backup';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** A file the manager chose instead of `<dataDir>/coachbook.sqlite`. */
  file?: string;
  /** A better-sqlite3 binary built for Electron's ABI. */
  nativeBinding?: string;
  /** When the pre-migration backup is stamped; tests pin it. */
  now?: () => Date;
}

export type OpenDatabaseResult =
  | { status: 'ready'; dataSource: DataSource; file: string; schemaVersion: number; migrationsRun: string[] }
  | { status: 'refused'; file: string; problem: DatabaseProblem; message: string };

/**
 * Opens (or creates) the manager's database and brings its schema up to date. A file that is
 * not SQLite, is damaged, was written by a newer Coachbook or belongs to another program is
 * refused before anything writes to it; pending migrations run in one transaction, so an
 * upgrade either completes or leaves the file as it was.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabaseResult> {
  const file = resolve(options.file ?? join(options.dataDir, DATABASE_FILE_NAME));
  const refused = (problem: DatabaseProblem, message: string): OpenDatabaseResult => ({
    status: 'refused',
    file,
    problem,
    message,
  });

  try {
    await mkdir(options.dataDir, { recursive: true });
    if (await hasContent(file)) {
      const inspection = inspectDatabaseFile(file, {
        latestSchemaVersion: LATEST_SCHEMA_VERSION,
        nativeBinding: options.nativeBinding,
      });
      if (!inspection.usable) return refused(inspection.problem, inspection.message);
      if (inspection.schemaVersion < LATEST_SCHEMA_VERSION) {
        const backedUp = await backUpBeforeUpgrade(file, inspection.schemaVersion, options);
        if (!backedUp) return refused('unreadable', messages.backupBeforeUpgradeFailed());
      }
    }
  } catch (error) {
    const { problem, message } = refuse(classifyError(error));
    return refused(problem, message);
  }

  const dataSource = createDataSource({ file, nativeBinding: options.nativeBinding });
  try {
    await dataSource.initialize();
  } catch (error) {
    const { problem, message } = refuse(classifyError(error));
    return refused(problem, message);
  }
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'all' });
    const schemaVersion = await readSchemaVersion(dataSource);
    return {
      status: 'ready',
      dataSource,
      file,
      schemaVersion,
      migrationsRun: migrations.map((migration) => migration.name),
    };
  } catch {
    // The migration transaction rolled back; close so nothing else runs on a half-known schema.
    await dataSource.destroy();
    return refused('unreadable', messages.upgradeFailed());
  }
}

/**
 * Migrations are about to change a file that holds data: keep a copy of it as it is first, in
 * `<dataDir>/backups/pre-migration-v<version>-<time>.sqlite`. False when the copy could not be
 * made; the upgrade then does not run, so the manager never loses the way back.
 */
async function backUpBeforeUpgrade(file: string, fromVersion: number, options: OpenDatabaseOptions): Promise<boolean> {
  try {
    await backupBeforeMigration({
      file,
      fromVersion,
      backupsDir: backupsDir(options.dataDir),
      now: (options.now ?? (() => new Date()))(),
      nativeBinding: options.nativeBinding,
    });
    return true;
  } catch {
    return false;
  }
}

/** An empty file is what SQLite itself treats as a new database. */
async function hasContent(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
    throw error;
  }
}

export async function readSchemaVersion(dataSource: DataSource): Promise<number> {
  const rows: Array<{ user_version: number }> = await dataSource.query('PRAGMA user_version');
  return rows[0]?.user_version ?? 0;
}
