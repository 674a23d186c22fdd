import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import type { CalendarImportPreview } from '@shared/calendar/calendar';
import { useApiMutation } from '../../api/queries';
import { CalendarImportModal } from './CalendarImportModal';

/**
 * "Import from calendar…": main shows the open dialog and reads the .ics file; the preview it
 * answers opens here for the manager to pick series. A cancelled dialog answers null: nothing to show.
 */
export function ImportCalendarButton({ variant = 'default' }: { variant?: 'default' | 'filled' | 'light' }) {
  const [preview, setPreview] = useState<CalendarImportPreview | null>(null);
  const read = useApiMutation('calendar.previewImport', {
    errorTitle: 'Could not read the calendar file',
    onSuccess: (value) => setPreview(value),
  });
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconCalendarDown size={16} aria-hidden />}
        loading={read.isPending}
        onClick={() => read.mutate({})}
      >
        Import from calendar…
      </Button>
      {preview ? <CalendarImportModal preview={preview} onClose={() => setPreview(null)} /> : null}
    </>
  );
}
