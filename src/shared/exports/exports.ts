import { z } from 'zod';
import { calendarDate, entityId } from '../validation';

export const MEETING_SUMMARY_FORMATS = ['pdf', 'markdown', 'html'] as const;
export type MeetingSummaryFormat = (typeof MEETING_SUMMARY_FORMATS)[number];
export const REP_REPORT_FORMATS = ['pdf', 'markdown', 'html'] as const;
export type RepReportFormat = (typeof REP_REPORT_FORMATS)[number];
export const TEAM_REPORT_FORMATS = ['pdf', 'csv', 'html'] as const;
export type TeamReportFormat = (typeof TEAM_REPORT_FORMATS)[number];
export const CSV_EXPORT_KINDS = ['action-items', 'goals', 'meetings'] as const;
export type CsvExportKind = (typeof CSV_EXPORT_KINDS)[number];

/** A file main wrote for the manager. Export methods answer null when the save dialog was cancelled. */
export interface SavedFile {
  filePath: string;
  bytes: number;
}

export interface ImportResult {
  filePath: string;
  /** Rows imported per table. */
  rows: Record<string, number>;
}

export const BACKUP_KINDS = ['daily', 'pre-migration', 'before-restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One file in `<dataDir>/backups/`. */
export interface BackupEntry {
  /** What `backup.restore` takes to restore this backup: its file name in the backups folder. */
  id: string;
  filePath: string;
  fileName: string;
  kind: BackupKind;
  /** ISO instant the file was last written. */
  createdAt: string;
  bytes: number;
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the database that was open before the restore was kept. */
  keptAsideAs: string;
  schemaVersion: number;
}

const format = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `Format must be one of ${values.join(', ')}` });

const rangeFields = { from: calendarDate('Start date'), to: calendarDate('End date') };
const endsAfterStart = (range: { from: string; to: string }) => range.from <= range.to;
const endsAfterStartError = { message: 'The end date must be on or after the start date', path: ['to'] };

export const meetingSummaryExportSchema = z.object({
  meetingId: entityId('Meeting id'),
  format: format(MEETING_SUMMARY_FORMATS),
  /** Off unless the manager ticks the box for this one export; never remembered. */
  includePrivateNotes: z.boolean({ message: 'Include private notes must be true or false' }).default(false),
});

export const repReportExportSchema = z
  .object({ repId: entityId('Rep id'), format: format(REP_REPORT_FORMATS), ...rangeFields })
  .refine(endsAfterStart, endsAfterStartError);

export const teamReportExportSchema = z
  .object({
    format: format(TEAM_REPORT_FORMATS),
    team: z.string().trim().max(80).nullish(),
    ...rangeFields,
  })
  .refine(endsAfterStart, endsAfterStartError);

/** Without `repId` a spreadsheet covers every rep; with it, that one rep's rows only. */
export const csvExportSchema = z.object({
  kind: z.enum(CSV_EXPORT_KINDS, { message: 'Kind must be action-items, goals or meetings' }),
  repId: entityId('Rep id').optional(),
});

/**
 * The JSON export is the full backup format. Private notes go in only when the manager ticks the
 * box for this one export (docs/product-rules.md: they never leave the machine by accident); never remembered.
 */
export const jsonExportSchema = z.object({
  includePrivateNotes: z.boolean({ message: 'Include private notes must be true or false' }).default(false),
});

/**
 * A backup as `backup.list` named it: a file name in the backups folder, never a path, so the
 * renderer can only pick one of the backups main listed.
 */
const backupId = z
  .string({ message: 'Backup must be one of the listed backups' })
  .max(255, 'Backup must be one of the listed backups')
  .regex(/^[^./\\:\0][^/\\:\0]*\.sqlite$/, 'Backup must be one of the listed backups');

/** Without a backup id main asks the manager for the file with an open dialog. */
export const restoreBackupSchema = z.object({ backupId: backupId.optional() });
