import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseProblem } from '@shared/app/app';
import type { BackupEntry, BackupKind } from '@shared/exports/exports';

/** Backups Coachbook makes on its own live in `<dataDir>/backups/`, named by kind and time. */
export const BACKUPS_DIR_NAME = 'backups';
export const backupsDir = (dataDir: string): string => join(dataDir, BACKUPS_DIR_NAME);

/** 2026-11-27T04:25:52.123Z → 20261127-042552: sorts by time and is a valid file name everywhere. */
export const fileStamp = (instant: Date): string =>
  instant.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export const dailyBackupName = (day: string): string => `daily-${day}.sqlite`;
export const preMigrationBackupName = (fromVersion: number, instant: Date): string =>
  `pre-migration-v${fromVersion}-${fileStamp(instant)}.sqlite`;
export const beforeRestoreName = (instant: Date): string => `before-restore-${fileStamp(instant)}.sqlite`;
export const manualBackupName = (instant: Date): string => `coachbook-backup-${fileStamp(instant)}.sqlite`;

/** Words for the file name of a database Coachbook refused to open, so the folder says why it is there. */
const PROBLEM_WORDS: Record<DatabaseProblem, string> = {
  corrupt: 'damaged',
  newer_version: 'newer-version',
  not_a_database: 'not-a-database',
  unreadable: 'unreadable',
};
const KEPT_ASIDE_PREFIX = 'kept-aside-';
/** Where a refused database goes when a backup is restored in its place: `kept-aside-damaged-20261127-042552.sqlite`. */
export const keptAsideName = (problem: DatabaseProblem, instant: Date): string =>
  `${KEPT_ASIDE_PREFIX}${PROBLEM_WORDS[problem]}-${fileStamp(instant)}.sqlite`;

export function backupKindOf(fileName: string): BackupKind {
  if (/^daily-\d{4}-\d{2}-\d{2}\.sqlite$/.test(fileName)) return 'daily';
  if (fileName.startsWith('pre-migration-')) return 'pre-migration';
  if (fileName.startsWith('before-restore-')) return 'before-restore';
  return 'manual';
}

/** A path in `dir` for `name` that does not exist yet ("name-2.sqlite" when two land in one second). */
export function freePath(dir: string, name: string): string {
  let candidate = join(dir, name);
  for (let index = 2; existsSync(candidate); index += 1)
    candidate = join(dir, name.replace(/\.sqlite$/, `-${index}.sqlite`));
  return candidate;
}

/**
 * The backups folder's database files, newest first. Sidecars and unfinished copies are not
 * backups, and neither is a refused database kept aside by a restore: Coachbook could not open it,
 * so it is no way back (it stays in the folder for the manager or a support person to look at).
 */
export async function listBackups(dataDir: string): Promise<BackupEntry[]> {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  const entries = await Promise.all(
    names
      .filter((name) => name.endsWith('.sqlite') && !name.startsWith(KEPT_ASIDE_PREFIX))
      .map(async (fileName): Promise<BackupEntry> => {
        const filePath = join(dir, fileName);
        const info = await stat(filePath);
        return {
          id: fileName,
          filePath,
          fileName,
          kind: backupKindOf(fileName),
          createdAt: info.mtime.toISOString(),
          bytes: info.size,
        };
      }),
  );
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}
