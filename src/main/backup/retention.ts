import { backupKindOf } from './backup-files';

/** Automatic daily backups kept: a week of "how it was yesterday" without filling the disk. */
export const DAILY_BACKUPS_KEPT = 7;

/**
 * Which daily backups to delete so that only the newest `keep` remain. Only files named
 * `daily-yyyy-MM-dd.sqlite` are ever chosen: pre-migration, before-restore and manual backups are
 * the manager's to delete.
 */
export function dailyBackupsToDelete(fileNames: readonly string[], keep: number = DAILY_BACKUPS_KEPT): string[] {
  return fileNames
    .filter((name) => backupKindOf(name) === 'daily')
    .sort()
    .reverse()
    .slice(Math.max(0, keep));
}
