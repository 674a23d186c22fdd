import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiParsedInput } from '@shared/api/contract';
import type { BackupEntry, RestoreResult, SavedFile } from '@shared/exports/exports';
import type { FileFilter, ShellActions } from '../app-core';
import { rawConnection } from '../database/raw-connection';
import { DomainError } from '../errors';
import type { Clock } from '../services/clock';
import type { DataSource } from 'typeorm';
import { checkBackupTarget, writeRefusal } from './backup-target';
import { listBackups, manualBackupName } from './backup-files';
import { onlineBackup } from './online-backup';

const BACKUP_FILTERS: FileFilter[] = [{ name: 'Coachbook backup', extensions: ['sqlite'] }];

export interface RestoreDeps {
  dataDir: string;
  shell: Pick<ShellActions, 'chooseOpenFile'>;
  /** The core's database swap (see CoachbookCore.restoreDatabase). */
  restore(filePath: string): Promise<RestoreResult>;
}

export interface BackupDeps extends RestoreDeps {
  dataSource: DataSource;
  databaseFile: string;
  clock: Clock;
  shell: Pick<ShellActions, 'chooseSaveFile' | 'chooseOpenFile'>;
}

export type RestoreService = ReturnType<typeof createRestoreService>;
export type BackupService = ReturnType<typeof createBackupService>;

const UNCHANGED = 'Your current data is unchanged.';

/**
 * Listing and restoring backups need no open database: they are also what a manager has when
 * Coachbook refused the file at start (damaged, from a newer version…), to get the last good copy back.
 */
export function createRestoreService(deps: RestoreDeps) {
  let restoring = false;

  /** The file of a backup `list` answered with; the id is looked up, never joined onto a path. */
  const listed = async (backupId: string): Promise<string> => {
    const backup = (await listBackups(deps.dataDir)).find((entry) => entry.id === backupId);
    if (!backup) {
      throw new DomainError(
        'not_found',
        `That backup is no longer in the backups folder; choose another one from the list. ${UNCHANGED}`,
        'backupId',
      );
    }
    return backup.filePath;
  };

  return {
    list(): Promise<BackupEntry[]> {
      return listBackups(deps.dataDir);
    },

    async restore(input: ApiParsedInput<'backup.restore'>): Promise<RestoreResult | null> {
      // Refused before the lookup or the dialog, so a second restore cannot slip in while the first finds its file.
      if (restoring) throw new DomainError('conflict', 'A backup is being restored already; wait until it finishes.');
      restoring = true;
      try {
        return await restoreFrom(input);
      } finally {
        restoring = false;
      }
    },
  };

  async function restoreFrom(input: ApiParsedInput<'backup.restore'>): Promise<RestoreResult | null> {
    const filePath =
      input.backupId === undefined ? await deps.shell.chooseOpenFile(BACKUP_FILTERS) : await listed(input.backupId);
    if (filePath === null) return null;
    if (!existsSync(filePath)) {
      throw new DomainError('invalid_input', `That backup file does not exist (any more). ${UNCHANGED}`, 'filePath');
    }
    if (statSync(filePath).isDirectory()) {
      throw new DomainError(
        'invalid_input',
        `That is a folder, not a backup file; choose one of the .sqlite files in it. ${UNCHANGED}`,
        'filePath',
      );
    }
    return deps.restore(filePath);
  }
}

export function createBackupService(deps: BackupDeps) {
  const isLiveFile = (filePath: string) =>
    ['', '-wal', '-shm'].some((suffix) => resolve(filePath) === resolve(`${deps.databaseFile}${suffix}`));

  return {
    ...createRestoreService(deps),

    async create(): Promise<SavedFile | null> {
      const filePath = await deps.shell.chooseSaveFile(manualBackupName(deps.clock.now()), BACKUP_FILTERS);
      if (filePath === null) return null;
      if (isLiveFile(filePath)) {
        throw new DomainError(
          'invalid_input',
          'That is the database Coachbook has open; choose another file for the backup.',
          'filePath',
        );
      }
      await checkBackupTarget(filePath);
      try {
        return { filePath, bytes: await onlineBackup(rawConnection(deps.dataSource), filePath) };
      } catch (error) {
        // The folder can still go away or fill up while the copy runs.
        throw writeRefusal(error) ?? error;
      }
    },
  };
}
