import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { DayRange } from '@shared/accountability/period';
import { TEAM_REPORT_FORMATS, type TeamReportFormat } from '@shared/exports/exports';
import { completeRange, DateRangeField, type DayRangeValue } from './DateRangeField';
import { describeSaved } from './describe-saved';
import { ReportFormatControl } from './ReportFormatControl';
import { FORMAT_LABELS } from './summary-formats';
import { pdfUnavailableHint, useFileJob } from './use-file-job';

interface TeamReportModalProps {
  opened: boolean;
  /** The team filter of the team view; null is everyone. */
  team: string | null;
  /** The team view's period, the report's starting range. */
  period: DayRange;
  onClose: () => void;
}

/** The team report for leadership: one row per active rep with the team view's figures. */
export function TeamReportModal(props: TeamReportModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Team report" size="md">
      {props.opened ? <TeamReportForm {...props} /> : null}
    </Modal>
  );
}

function TeamReportForm({ team, period, onClose }: TeamReportModalProps) {
  const [format, setFormat] = useState<TeamReportFormat>('pdf');
  const [range, setRange] = useState<DayRangeValue>([period.from, period.to]);
  const chosen = completeRange(range);
  const job = useFileJob('exports.teamReport', {
    progress: 'Building the team report',
    errorTitle: 'Could not export the team report',
    success: (saved) => ({ title: 'Team report exported', message: describeSaved(saved) }),
    hint: pdfUnavailableHint,
  });

  const exportReport = async () => {
    if (!chosen) return;
    const saved = await job.run({ format, team, ...chosen });
    if (saved) onClose();
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {team ? `Every active rep in ${team}` : 'Every active rep'}: one-on-ones, commitments, follow-through and who
        needs attention.
      </Text>
      <DateRangeField value={range} onChange={setRange} />
      <ReportFormatControl formats={TEAM_REPORT_FORMATS} value={format} onChange={setFormat} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={job.pending}
          disabled={!chosen}
          onClick={() => void exportReport()}
        >
          {`Export ${FORMAT_LABELS[format]}`}
        </Button>
      </Group>
    </Stack>
  );
}
