import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { FORMAT_LABELS } from './summary-formats';

interface ExportButtonsProps {
  /** Names the export button: "Export PDF". */
  format: keyof typeof FORMAT_LABELS;
  pending: boolean;
  /** While the form still misses something (a period without its last day). */
  disabled?: boolean;
  onCancel: () => void;
  onExport: () => void;
}

/** The foot of an export form: Cancel, and the export itself named after the chosen format. */
export function ExportButtons({ format, pending, disabled, onCancel, onExport }: ExportButtonsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={pending}
        disabled={disabled}
        onClick={onExport}
      >
        {`Export ${FORMAT_LABELS[format]}`}
      </Button>
    </Group>
  );
}
