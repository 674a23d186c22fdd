import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { DayRange } from '@shared/accountability/period';
import { TeamReportModal } from './TeamReportModal';

/** On the team view; disabled until the view knows its period. */
export function TeamReportButton({ team, period }: { team: string | null; period: DayRange | null }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        disabled={!period}
        onClick={() => setOpened(true)}
      >
        Team report
      </Button>
      {period ? <TeamReportModal opened={opened} team={team} period={period} onClose={() => setOpened(false)} /> : null}
    </>
  );
}
