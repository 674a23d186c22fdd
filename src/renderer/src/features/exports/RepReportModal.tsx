import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { REP_REPORT_FORMATS, type RepReportFormat } from '@shared/exports/exports';
import { completeRange, DateRangeField, type DayRangeValue } from './DateRangeField';
import { describeSaved } from './describe-saved';
import { ReportFormatControl } from './ReportFormatControl';
import { lastTwelveMonths } from './saved-file';
import { FORMAT_LABELS } from './summary-formats';
import { pdfUnavailableHint, useFileJob } from './use-file-job';

interface RepReportModalProps {
  opened: boolean;
  repId: number;
  repName: string;
  onClose: () => void;
}

/** The coaching report for a review, a promotion case or a performance plan. */
export function RepReportModal(props: RepReportModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`Coaching report for ${props.repName}`} size="md">
      {props.opened ? <RepReportForm {...props} /> : null}
    </Modal>
  );
}

function RepReportForm({ repId, repName, onClose }: RepReportModalProps) {
  const [format, setFormat] = useState<RepReportFormat>('pdf');
  const [range, setRange] = useState<DayRangeValue>(() => lastTwelveMonths());
  const period = completeRange(range);
  const job = useFileJob('exports.repReport', {
    progress: `Building ${repName}'s coaching report`,
    errorTitle: 'Could not export the coaching report',
    success: (saved) => ({ title: 'Coaching report exported', message: describeSaved(saved) }),
    hint: pdfUnavailableHint,
  });

  const exportReport = async () => {
    if (!period) return;
    const saved = await job.run({ repId, format, ...period });
    if (saved) onClose();
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        One-on-ones held, commitments and follow-through, goals with pacing, skill trends and items carried more than
        twice. Private notes are never included.
      </Text>
      <DateRangeField value={range} onChange={setRange} />
      <ReportFormatControl formats={REP_REPORT_FORMATS} value={format} onChange={setFormat} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={job.pending}
          disabled={!period}
          onClick={() => void exportReport()}
        >
          {`Export ${FORMAT_LABELS[format]}`}
        </Button>
      </Group>
    </Stack>
  );
}
