import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import type { SavedFile } from '../exports/exports';
import { confirmRepImportSchema, type RepImportPreview, type RepImportResult } from './rep-import';

const noInput = z.object({});

/*
 * Reps from a spreadsheet. Main shows the open dialog, reads and checks the file and answers a
 * preview; the renderer never sees a path. Confirming names the preview by its token and imports
 * all of its rows or none. Null means the dialog was cancelled.
 */
export const repImportContract = {
  'repImport.preview': defineMethod<RepImportPreview | null>()(noInput),
  'repImport.confirm': defineMethod<RepImportResult>()(confirmRepImportSchema),
  /** A CSV with the expected columns and two example rows, through the save dialog. */
  'repImport.saveTemplate': defineMethod<SavedFile | null>()(noInput),
};
