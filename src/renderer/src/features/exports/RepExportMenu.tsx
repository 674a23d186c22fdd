import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import {
  IconCalendarShare,
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconReportAnalytics,
} from '@tabler/icons-react';
import { CSV_EXPORT_KINDS } from '@shared/exports/exports';
import { useCalendarExport } from '../calendar/ExportCalendarButton';
import { RepReportModal } from './RepReportModal';
import { CSV_LABELS, useCsvExport } from './use-csv-export';

/** The rep page's Export button: the coaching report, and this rep's spreadsheets. */
export function RepExportMenu({ repId, repName }: { repId: number; repName: string }) {
  const [reporting, setReporting] = useState(false);
  const csv = useCsvExport();
  const calendar = useCalendarExport();
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={csv.pending || calendar.pending}
          >
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconReportAnalytics size={16} aria-hidden />} onClick={() => setReporting(true)}>
            Coaching report…
          </Menu.Item>
          <Menu.Item
            leftSection={<IconCalendarShare size={16} aria-hidden />}
            onClick={() => void calendar.exportCalendar(repId)}
          >
            Upcoming one-on-ones to calendar (.ics)…
          </Menu.Item>
          <Menu.Divider />
          {/* This rep's rows only; every rep's spreadsheets are in Settings → Your data. */}
          <Menu.Label>{`Spreadsheets for ${repName} (CSV)`}</Menu.Label>
          {CSV_EXPORT_KINDS.map((kind) => (
            <Menu.Item
              key={kind}
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              onClick={() => void csv.exportCsv(kind, repId)}
            >
              {`${CSV_LABELS[kind]}…`}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <RepReportModal opened={reporting} repId={repId} repName={repName} onClose={() => setReporting(false)} />
    </>
  );
}
