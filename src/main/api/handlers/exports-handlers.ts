import type { ApiMethod } from '@shared/api/contract';
import type { BackupService, RestoreService } from '../../backup/backup-service';
import type { ExportsService } from '../../exports/exports-service';
import type { ApiHandlers } from '../registry';

type ExportsMethod = Extract<ApiMethod, `exports.${string}` | `imports.${string}`>;
type BackupMethod = Extract<ApiMethod, `backup.${string}`>;
type RestoreMethod = 'backup.list' | 'backup.restore';

export const exportsHandlers = (exports: ExportsService): ApiHandlers<ExportsMethod> => ({
  'exports.meetingSummary': (input) => exports.meetingSummary(input),
  'exports.repReport': (input) => exports.repReport(input),
  'exports.teamReport': (input) => exports.teamReport(input),
  'exports.csv': (input) => exports.csv(input),
  'exports.json': (input) => exports.json(input),
  'imports.json': () => exports.importJson(),
});

/** Served even when the database was refused: the way back to the last good backup. */
export const restoreHandlers = (restore: RestoreService): ApiHandlers<RestoreMethod> => ({
  'backup.list': () => restore.list(),
  'backup.restore': (input) => restore.restore(input),
});

export const backupHandlers = (backup: BackupService): ApiHandlers<BackupMethod> => ({
  ...restoreHandlers(backup),
  'backup.create': () => backup.create(),
});
