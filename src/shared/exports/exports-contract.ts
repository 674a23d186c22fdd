import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import {
  csvExportSchema,
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
 * renderer never handles file contents, and no method takes a path from it: files come from
 * main's own dialogs, backups from main's own list (by id). Null means the dialog was cancelled.
 */
export const exportsContract = {
  'exports.meetingSummary': defineMethod<SavedFile | null>()(meetingSummaryExportSchema),
  'exports.repReport': defineMethod<SavedFile | null>()(repReportExportSchema),
  'exports.teamReport': defineMethod<SavedFile | null>()(teamReportExportSchema),
  'exports.csv': defineMethod<SavedFile | null>()(csvExportSchema),
  /** All data in the documented format (docs/export-format.md); private notes only when asked. */
  'exports.json': defineMethod<SavedFile | null>()(jsonExportSchema),
  /** Asks for the file with an open dialog. Only into an empty database; refused otherwise. */
  'imports.json': defineMethod<ImportResult | null>()(noInput),
  /** Asks where to save with a save dialog. */
  'backup.create': defineMethod<SavedFile | null>()(noInput),
  'backup.list': defineMethod<BackupEntry[]>()(noInput),
  /**
   * A listed backup by its id, or (without one) a file the manager picks in an open dialog. Checks
   * the file, keeps the current database aside, switches; every query must be refetched after.
   */
  'backup.restore': defineMethod<RestoreResult | null>()(restoreBackupSchema),
};
