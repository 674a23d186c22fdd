import { useState, type ReactNode } from 'react';
import type { CalendarImportPreview } from '@shared/calendar/calendar';
import { useApiMutation } from '../../api/queries';
import { CalendarImportModal } from './CalendarImportModal';

export interface CalendarImport {
  /** Main shows its open dialog and reads the .ics file; a preview opens for the manager to pick series. */
  start: () => void;
  pending: boolean;
  /** The preview dialog, rendered wherever the import was started from. */
  modal: ReactNode;
}

/** "Import a calendar", from the One-on-ones page or the first-run screen. A cancelled dialog shows nothing. */
export function useCalendarImport(): CalendarImport {
  const [preview, setPreview] = useState<CalendarImportPreview | null>(null);
  const read = useApiMutation('calendar.previewImport', {
    errorTitle: 'Could not read the calendar file',
    onSuccess: (value) => setPreview(value),
  });
  return {
    start: () => read.mutate({}),
    pending: read.isPending,
    modal: preview ? <CalendarImportModal preview={preview} onClose={() => setPreview(null)} /> : null,
  };
}
