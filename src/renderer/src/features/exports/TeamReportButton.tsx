import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { DayRange } from '@shared/accountability/period';

// The report form (date pickers, format choices) is fetched on the first click: the team view
// is the first screen and most managers open it far more often than they export.
const TeamReportModal = lazy(async () => ({ default: (await import('./TeamReportModal')).TeamReportModal }));

/** On the team view; disabled until the view knows its period. */
export function TeamReportButton({ team, period }: { team: string | null; period: DayRange | null }) {
  const [opened, setOpened] = useState(false);
  // Mounted from the first open on, so closing keeps its transition.
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        disabled={!period}
        onClick={() => {
          setWanted(true);
          setOpened(true);
        }}
      >
        Team report
      </Button>
      {period && wanted ? (
        <Suspense fallback={null}>
          <TeamReportModal opened={opened} team={team} period={period} onClose={() => setOpened(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
