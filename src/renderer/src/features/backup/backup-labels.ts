import type { BackupEntry, BackupKind } from '@shared/exports/exports';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  'pre-migration': 'Before an update',
  'before-restore': 'Before a restore',
  manual: 'Made by you',
};

const backupDateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "27 Nov 2026, 04:25" in the manager's locale. */
export const formatBackupDate = (instant: string): string => backupDateFormat.format(new Date(instant));

/** "the backup of 27 Nov 2026, 04:25 (daily)", for the sentence that asks before restoring it. */
export const describeBackup = (backup: BackupEntry): string =>
  `the backup of ${formatBackupDate(backup.createdAt)} (${BACKUP_KIND_LABELS[backup.kind].toLowerCase()})`;
