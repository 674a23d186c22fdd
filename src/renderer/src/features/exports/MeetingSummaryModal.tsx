import { useState } from 'react';
import { Checkbox, Modal, Stack, Text } from '@mantine/core';
import { MEETING_SUMMARY_FORMATS, type MeetingSummaryFormat } from '@shared/exports/exports';
import { describeSaved } from './describe-saved';
import { ExportButtons } from './ExportButtons';
import { ReportFormatControl } from './ReportFormatControl';
import { pdfUnavailableHint, useFileJob } from './use-file-job';

interface MeetingSummaryModalProps {
  opened: boolean;
  meetingId: number;
  repName: string;
  /** The format picked in the Export menu. */
  initialFormat: MeetingSummaryFormat;
  onClose: () => void;
  /** Saves the notes still being typed, so the summary holds them. */
  beforeExport?: () => Promise<void>;
}

/** The summary a manager sends the rep after the one-on-one; private notes only when asked, this once. */
export function MeetingSummaryModal(props: MeetingSummaryModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Export the one-on-one summary" size="md">
      {/* Mounted afresh on every open: the private-notes box is never remembered (docs/product-rules.md). */}
      {props.opened ? <SummaryForm {...props} /> : null}
    </Modal>
  );
}

function SummaryForm({ meetingId, repName, initialFormat, onClose, beforeExport }: MeetingSummaryModalProps) {
  const [format, setFormat] = useState<MeetingSummaryFormat>(initialFormat);
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const job = useFileJob('exports.meetingSummary', {
    progress: `Exporting the summary of ${repName}'s one-on-one`,
    errorTitle: 'Could not export the summary',
    success: (saved) => ({ title: 'Summary exported', message: describeSaved(saved) }),
    hint: pdfUnavailableHint,
  });

  const exportSummary = async () => {
    await beforeExport?.();
    const saved = await job.run({ meetingId, format, includePrivateNotes });
    if (saved) onClose();
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Agenda, shared notes, action items, follow-ups, goals and skill ratings of this one-on-one.
      </Text>
      <ReportFormatControl formats={MEETING_SUMMARY_FORMATS} value={format} onChange={setFormat} />
      <Checkbox
        label="Include private notes"
        description="Private notes are for you only; include them only for your own records."
        checked={includePrivateNotes}
        onChange={(event) => setIncludePrivateNotes(event.currentTarget.checked)}
      />
      <ExportButtons format={format} pending={job.pending} onCancel={onClose} onExport={() => void exportSummary()} />
    </Stack>
  );
}
