import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DomainError } from '../errors';
import { beforeRestoreName, freePath } from './backup-files';
import { onlineBackup } from './online-backup';

export interface RestoreSteps {
  /** The open database file. */
  currentFile: string;
  backupsDir: string;
  now: Date;
  nativeBinding?: string;
  /** Checkpoints the WAL and closes every connection to the current file. */
  closeCurrent(): Promise<void>;
  /** Opens `currentFile` again (running migrations if the restored file is older); false when it was refused. */
  reopen(): Promise<{ ok: true } | { ok: false; message: string }>;
}

/**
 * Swaps the database file for a checked backup. Order matters for safety: the backup is first
 * copied next to the database (a slow or removable drive cannot fail halfway through the swap),
 * then the current file is closed and moved aside to `backups/before-restore-<time>.sqlite`, and
 * only then the copy is renamed into place. If the restored file will not open, the file that
 * was moved aside comes back and is opened again: the manager never ends up with no database.
 */
export async function restoreDatabase(candidate: string, steps: RestoreSteps): Promise<{ keptAsideAs: string }> {
  if (resolve(candidate) === resolve(steps.currentFile)) {
    throw new DomainError(
      'invalid_input',
      'That is the database Coachbook has open now; choose a backup file instead.',
      'filePath',
    );
  }
  await mkdir(steps.backupsDir, { recursive: true });
  const staging = `${steps.currentFile}.restoring-${process.pid}`;
  await stageCopy(candidate, staging, steps.nativeBinding);

  const aside = freePath(steps.backupsDir, beforeRestoreName(steps.now));
  try {
    await steps.closeCurrent();
    await moveFile(steps.currentFile, aside);
    // A clean close removes both sidecars; any still here hold nothing once checkpointed.
    for (const suffix of ['-wal', '-shm']) await rm(`${steps.currentFile}${suffix}`, { force: true });
    await rename(staging, steps.currentFile);
  } catch (error) {
    await rm(staging, { force: true });
    if (!existsSync(steps.currentFile) && existsSync(aside)) await moveFile(aside, steps.currentFile);
    await steps.reopen();
    throw error;
  }

  const reopened = await steps.reopen();
  if (reopened.ok) return { keptAsideAs: aside };
  // Put the previous database back exactly as it was and open it again.
  await rm(steps.currentFile, { force: true });
  for (const suffix of ['-wal', '-shm']) await rm(`${steps.currentFile}${suffix}`, { force: true });
  await moveFile(aside, steps.currentFile);
  await steps.reopen();
  throw new DomainError(
    'invalid_input',
    `Coachbook could not open the restored backup (${reopened.message}) and went back to your current data, unchanged.`,
    'filePath',
  );
}

/**
 * Copies the backup with SQLite's backup API from a read-only handle, so a backup that still has
 * a -wal file beside it is copied whole; the read-only handle's own sidecars are cleaned up.
 */
async function stageCopy(candidate: string, staging: string, nativeBinding: string | undefined): Promise<void> {
  await rm(staging, { force: true });
  const created = ['-wal', '-shm'].map((suffix) => `${candidate}${suffix}`).filter((path) => !existsSync(path));
  const db = new Database(candidate, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await onlineBackup(db, staging);
  } finally {
    db.close();
    // Same rule as inspect-database-file: remove only the empty sidecars this handle created.
    const wal = `${candidate}-wal`;
    if (!existsSync(wal) || statSync(wal).size === 0) for (const path of created) await rm(path, { force: true });
  }
}

/** rename, or copy + delete when the data folder and the database sit on different drives. */
async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error;
    await copyFile(from, to);
    await rm(from);
  }
}
