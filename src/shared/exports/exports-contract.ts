import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import {
  createBackupSchema,
  csvExportSchema,
  importJsonSchema,
  jsonExportSchema,
  meetingSummaryExportSchema,
  repReportExportSchema,
  restoreBackupSchema,
  teamReportExportSchema,
  type BackupEntry,
  type ImportResult,
  type RestoreResult,
  type SavedFile,
} from './exports';

const noInput = z.object({});

/*
 * Every export asks for a file name with a save dialog in main and writes the file there; the
 * renderer never handles file contents or paths it made up. Null means the dialog was cancelled.
 */
export const exportsContract = {
  'exports.meetingSummary': defineMethod<SavedFile | null>()(meetingSummaryExportSchema),
  'exports.repReport': defineMethod<SavedFile | null>()(repReportExportSchema),
  'exports.teamReport': defineMethod<SavedFile | null>()(teamReportExportSchema),
  'exports.csv': defineMethod<SavedFile | null>()(csvExportSchema),
  /** All data in the documented format (docs/export-format.md); private notes only when asked. */
  'exports.json': defineMethod<SavedFile | null>()(jsonExportSchema),
  /** Only into an empty database; refused otherwise. */
  'imports.json': defineMethod<ImportResult | null>()(importJsonSchema),
  'backup.create': defineMethod<SavedFile | null>()(createBackupSchema),
  'backup.list': defineMethod<BackupEntry[]>()(noInput),
  /** Checks the file, keeps the current database aside, switches; every query must be refetched after. */
  'backup.restore': defineMethod<RestoreResult | null>()(restoreBackupSchema),
};
