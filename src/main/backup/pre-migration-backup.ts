import { mkdir } from 'node:fs/promises';
import { openSqliteFile } from '../database/connection-pragmas';
import { freePath, preMigrationBackupName } from './backup-files';
import { onlineBackup } from './online-backup';

export interface PreMigrationBackupOptions {
  /** The database file about to be migrated (closed). */
  file: string;
  /** Its schema version now, before the migrations: the name says which version the copy holds. */
  fromVersion: number;
  backupsDir: string;
  now: Date;
  nativeBinding?: string;
}

/**
 * A copy of the database as it was before an upgrade, so a migration that loses or mangles data
 * can be undone by restoring it. Made through SQLite's backup API rather than a file copy: it
 * includes what is still in the -wal file after a crash.
 */
export async function backupBeforeMigration(options: PreMigrationBackupOptions): Promise<string> {
  await mkdir(options.backupsDir, { recursive: true });
  const destination = freePath(options.backupsDir, preMigrationBackupName(options.fromVersion, options.now));
  const db = openSqliteFile(options.file, { nativeBinding: options.nativeBinding });
  try {
    await onlineBackup(db, destination);
  } finally {
    db.close();
  }
  return destination;
}
