import { Button } from '@mantine/core';
import { IconCalendarShare } from '@tabler/icons-react';
import { describeSaved } from '../exports/describe-saved';
import { useFileJob } from '../exports/use-file-job';

/** The upcoming schedule as an .ics file for the manager's calendar: one rep's, or everyone's. */
export function useCalendarExport() {
  const job = useFileJob('calendar.export', {
    progress: 'Exporting one-on-ones to a calendar file',
    errorTitle: 'Could not export the calendar file',
    success: (saved) => ({
      title: 'Calendar file exported',
      message: describeSaved(saved),
    }),
  });
  return {
    exportCalendar: (repId?: number) => job.run(repId === undefined ? {} : { repId }),
    pending: job.pending,
  };
}

export function ExportCalendarButton() {
  const { exportCalendar, pending } = useCalendarExport();
  return (
    <Button
      variant="default"
      leftSection={<IconCalendarShare size={16} aria-hidden />}
      loading={pending}
      onClick={() => void exportCalendar()}
    >
      Export to calendar (.ics)…
    </Button>
  );
}
