import { Button } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useCalendarImport } from './use-calendar-import';

/** "Import from calendar…" on the One-on-ones page. */
export function ImportCalendarButton({ variant = 'default' }: { variant?: 'default' | 'filled' | 'light' }) {
  const calendar = useCalendarImport();
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconCalendarDown size={16} aria-hidden />}
        loading={calendar.pending}
        onClick={calendar.start}
      >
        Import from calendar…
      </Button>
      {calendar.modal}
    </>
  );
}
