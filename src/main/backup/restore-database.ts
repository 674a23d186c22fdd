import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DatabaseProblem } from '@shared/app/app';
import { openSqliteFile } from '../database/connection-pragmas';
import { DomainError } from '../errors';
import { beforeRestoreName, freePath, keptAsideName } from './backup-files';
import { onlineBackup } from './online-backup';

/** SQLite's companion files of a database in WAL mode. */
const SIDECARS = ['-wal', '-shm'] as const;

export interface RestoreSteps {
  /** The database file in place now: the one open, or the one Coachbook refused to open. */
  currentFile: string;
  /**
   * Open: closing checkpoints it, so its sidecars hold nothing afterwards. Refused at start: it
   * was never opened, so a -wal beside it may hold its last changes and goes aside with it.
   */
  current: { state: 'open' } | { state: 'refused'; problem: DatabaseProblem };
  backupsDir: string;
  now: Date;
  nativeBinding?: string;
  /** Checkpoints the WAL and closes every connection to the current file (nothing to do for a refused one). */
  closeCurrent(): Promise<void>;
  /** Opens `currentFile` again (running migrations if the restored file is older); false when it was refused. */
  reopen(): Promise<{ ok: true } | { ok: false; message: string }>;
}

/**
 * Swaps the database file for a checked backup. Order matters for safety: the backup is first
 * copied next to the database (a slow or removable drive cannot fail halfway through the swap),
 * then the current file is closed and moved aside — an open database to
 * `backups/before-restore-<time>.sqlite`, a refused one (damaged, from a newer Coachbook…) to
 * `backups/kept-aside-<problem>-<time>.sqlite`, bytes untouched — and only then the copy is
 * renamed into place. If the restored file will not open, the file that was moved aside comes
 * back and is opened (or refused) again: the manager is never worse off than before.
 */
export async function restoreDatabase(candidate: string, steps: RestoreSteps): Promise<{ keptAsideAs: string }> {
  const { current } = steps;
  if (resolve(candidate) === resolve(steps.currentFile)) {
    throw new DomainError(
      'invalid_input',
      current.state === 'open'
        ? 'That is the database Coachbook has open now; choose a backup file instead.'
        : 'That is the file Coachbook could not open; choose a backup file instead.',
      'filePath',
    );
  }
  await mkdir(steps.backupsDir, { recursive: true });
  const staging = `${steps.currentFile}.restoring-${process.pid}`;
  await stageCopy(candidate, staging, steps.nativeBinding);

  const aside = freePath(
    steps.backupsDir,
    current.state === 'open' ? beforeRestoreName(steps.now) : keptAsideName(current.problem, steps.now),
  );
  const companions = current.state === 'open' ? [] : SIDECARS;
  try {
    await steps.closeCurrent();
    await moveFile(steps.currentFile, aside, companions);
    // A clean close removes an open database's sidecars; any still here hold nothing once checkpointed.
    for (const suffix of SIDECARS) await rm(`${steps.currentFile}${suffix}`, { force: true });
    await rename(staging, steps.currentFile);
  } catch (error) {
    await rm(staging, { force: true });
    if (!existsSync(steps.currentFile) && existsSync(aside)) await moveFile(aside, steps.currentFile, companions);
    await steps.reopen();
    throw error;
  }

  const reopened = await steps.reopen();
  if (reopened.ok) return { keptAsideAs: aside };
  // Put the previous file back exactly as it was and open it again.
  await rm(steps.currentFile, { force: true });
  for (const suffix of SIDECARS) await rm(`${steps.currentFile}${suffix}`, { force: true });
  await moveFile(aside, steps.currentFile, companions);
  await steps.reopen();
  throw new DomainError(
    'invalid_input',
    current.state === 'open'
      ? `Coachbook could not open the restored backup (${reopened.message}) and went back to your current data, unchanged.`
      : `Coachbook could not open the restored backup either (${reopened.message}), so it put the file it could not open back in its place, unchanged.`,
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
  const db = openSqliteFile(candidate, { readonly: true, nativeBinding });
  try {
    await onlineBackup(db, staging);
  } finally {
    db.close();
    // Same rule as inspect-database-file: remove only the empty sidecars this handle created.
    const wal = `${candidate}-wal`;
    if (!existsSync(wal) || statSync(wal).size === 0) for (const path of created) await rm(path, { force: true });
  }
}

/**
 * Moves a database file with those of its sidecars named in `companions` that exist (a -wal only
 * means something beside the file it belongs to).
 */
async function moveFile(from: string, to: string, companions: readonly string[]): Promise<void> {
  await moveOne(from, to);
  for (const suffix of companions)
    if (existsSync(`${from}${suffix}`)) await moveOne(`${from}${suffix}`, `${to}${suffix}`);
}

/** rename, or copy + delete when the data folder and the database sit on different drives. */
async function moveOne(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error;
    await copyFile(from, to);
    await rm(from);
  }
}
