import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import type { SavedFile } from '../exports/exports';
import {
  confirmCalendarImportSchema,
  exportCalendarSchema,
  type CalendarImportPreview,
  type CalendarImportResult,
} from './calendar';

/*
 * Import: main shows the open dialog, reads the .ics file and answers a preview with a token;
 * the renderer confirms the series it picked by that token, never by a path. Export: main shows
 * the save dialog. Null means the manager cancelled the dialog.
 */
export const calendarContract = {
  'calendar.previewImport': defineMethod<CalendarImportPreview | null>()(z.object({})),
  'calendar.confirmImport': defineMethod<CalendarImportResult>()(confirmCalendarImportSchema),
  'calendar.export': defineMethod<SavedFile | null>()(exportCalendarSchema),
};
