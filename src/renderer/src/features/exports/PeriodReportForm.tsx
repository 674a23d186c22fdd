import { useState, type ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import type { ApiInput, ApiMethod } from '@shared/api/contract';
import { completeRange, DateRangeField, type DayRangeValue } from './DateRangeField';
import { ExportButtons } from './ExportButtons';
import { ReportFormatControl } from './ReportFormatControl';
import type { FORMAT_LABELS } from './summary-formats';
import type { FileJob } from './use-file-job';

/** What the manager chose: a format and a period, both days included. */
export interface ReportChoice<F> {
  format: F;
  from: string;
  to: string;
}

interface PeriodReportFormProps<K extends ApiMethod, F extends keyof typeof FORMAT_LABELS> {
  /** What the report holds, above the choices. */
  children: ReactNode;
  formats: readonly F[];
  initialFormat: F;
  initialRange: DayRangeValue | (() => DayRangeValue);
  job: FileJob<K>;
  /** The export call's input for the choice, with what the report is of (a rep, a team). */
  inputFor: (choice: ReportChoice<F>) => ApiInput<K>;
  onClose: () => void;
}

/** A report over a period (the coaching report, the team report): period, format, export. */
export function PeriodReportForm<K extends ApiMethod, F extends keyof typeof FORMAT_LABELS>({
  children,
  formats,
  initialFormat,
  initialRange,
  job,
  inputFor,
  onClose,
}: PeriodReportFormProps<K, F>) {
  const [format, setFormat] = useState<F>(initialFormat);
  const [range, setRange] = useState<DayRangeValue>(initialRange);
  const period = completeRange(range);

  const exportReport = async () => {
    if (!period) return;
    const saved = await job.run(inputFor({ format, ...period }));
    if (saved) onClose();
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {children}
      </Text>
      <DateRangeField value={range} onChange={setRange} />
      <ReportFormatControl formats={formats} value={format} onChange={setFormat} />
      <ExportButtons
        format={format}
        pending={job.pending}
        disabled={!period}
        onCancel={onClose}
        onExport={() => void exportReport()}
      />
    </Stack>
  );
}
