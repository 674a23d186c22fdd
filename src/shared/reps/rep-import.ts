import { z } from 'zod';
import type { Cadence } from './rep';

/** Larger files are refused before they are read: a team list of 50,000 reps is still far smaller. */
export const REP_CSV_MAX_BYTES = 10 * 1024 * 1024;

/** How many rows, problems and skipped reps a preview carries; counts always cover the whole file. */
export const REP_IMPORT_PREVIEW_LIMIT = 200;

/** The rep fields a column can fill, in the template's order. */
export const REP_IMPORT_FIELDS = ['name', 'email', 'title', 'team', 'territory', 'startDate', 'cadence'] as const;
export type RepImportField = (typeof REP_IMPORT_FIELDS)[number];

/** One rep as the file will create it. */
export interface RepImportRow {
  /** 1-based line of the file where the row starts; 1 is the header. */
  line: number;
  name: string;
  email: string;
  title: string | null;
  team: string | null;
  territory: string | null;
  /** yyyy-MM-dd. */
  startDate: string | null;
  cadence: Cadence;
}

export interface RepImportProblem {
  line: number;
  /** What is wrong and how to fix it, without the line number (the UI shows it beside). */
  message: string;
}

/** A row whose e-mail already belongs to a rep in the book: it is skipped, never imported twice. */
export interface RepAlreadyInBook {
  line: number;
  name: string;
  email: string;
  existingRepName: string;
  existingRepArchived: boolean;
}

/** A column of the file and the rep field it fills. */
export interface RepImportColumn {
  header: string;
  field: RepImportField | 'firstName' | 'lastName';
}

export interface RepImportPreview {
  /** Confirms exactly this preview; null when the file has problems (nothing can be imported). */
  token: string | null;
  fileName: string;
  /** Data rows in the file, blank lines left out. */
  rowCount: number;
  /** Reps the import would create. */
  readyCount: number;
  /** The first rows that would be imported (at most REP_IMPORT_PREVIEW_LIMIT). */
  rows: RepImportRow[];
  problemCount: number;
  problems: RepImportProblem[];
  alreadyInBookCount: number;
  alreadyInBook: RepAlreadyInBook[];
  columns: RepImportColumn[];
  /** Headers no rep field matched (a CRM export has many); their values are not imported. */
  ignoredColumns: string[];
}

export interface RepImportResult {
  imported: number;
  /** Rows skipped because a rep with their e-mail exists (also those added since the preview). */
  skipped: number;
}

export const confirmRepImportSchema = z.object({
  token: z.string({ message: 'Choose the file again: the preview to import is missing.' }).min(1).max(100),
});
