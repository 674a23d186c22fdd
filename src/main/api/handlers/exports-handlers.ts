import type { ApiMethod } from '@shared/api/contract';
import type { BackupService } from '../../backup/backup-service';
import type { ExportsService } from '../../exports/exports-service';
import type { ApiHandlers } from '../registry';

type ExportsMethod = Extract<ApiMethod, `exports.${string}` | `imports.${string}`>;
type BackupMethod = Extract<ApiMethod, `backup.${string}`>;

export const exportsHandlers = (exports: ExportsService): ApiHandlers<ExportsMethod> => ({
  'exports.meetingSummary': (input) => exports.meetingSummary(input),
  'exports.repReport': (input) => exports.repReport(input),
  'exports.teamReport': (input) => exports.teamReport(input),
  'exports.csv': (input) => exports.csv(input),
  'exports.json': () => exports.json(),
  'imports.json': (input) => exports.importJson(input),
});

export const backupHandlers = (backup: BackupService): ApiHandlers<BackupMethod> => ({
  'backup.create': (input) => backup.create(input),
  'backup.list': () => backup.list(),
  'backup.restore': (input) => backup.restore(input),
});
