import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileText, IconFileTypePdf, IconWorld } from '@tabler/icons-react';
import type { MeetingSummaryFormat } from '@shared/exports/exports';
import { MeetingSummaryModal } from './MeetingSummaryModal';

interface MeetingExportMenuProps {
  meetingId: number;
  repName: string;
  /** Saves notes still being typed before main reads the meeting. */
  beforeExport?: () => Promise<void>;
}

const ITEMS: { format: MeetingSummaryFormat; label: string; icon: typeof IconFileText }[] = [
  { format: 'pdf', label: 'Summary as PDF…', icon: IconFileTypePdf },
  { format: 'markdown', label: 'Summary as Markdown…', icon: IconFileText },
  { format: 'html', label: 'Summary as HTML…', icon: IconWorld },
];

/** The workspace header's Export button: pick a format, then confirm in a small dialog. */
export function MeetingExportMenu({ meetingId, repName, beforeExport }: MeetingExportMenuProps) {
  const [format, setFormat] = useState<MeetingSummaryFormat | null>(null);
  const [lastFormat, setLastFormat] = useState<MeetingSummaryFormat>('pdf');
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconDownload size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {ITEMS.map(({ format: value, label, icon: Icon }) => (
            <Menu.Item
              key={value}
              leftSection={<Icon size={16} aria-hidden />}
              onClick={() => {
                setLastFormat(value);
                setFormat(value);
              }}
            >
              {label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <MeetingSummaryModal
        opened={format !== null}
        meetingId={meetingId}
        repName={repName}
        initialFormat={format ?? lastFormat}
        onClose={() => setFormat(null)}
        beforeExport={beforeExport}
      />
    </>
  );
}
