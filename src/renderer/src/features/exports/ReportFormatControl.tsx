import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { FORMAT_HINTS, FORMAT_LABELS } from './summary-formats';

interface ReportFormatControlProps<F extends keyof typeof FORMAT_LABELS> {
  formats: readonly F[];
  value: F;
  onChange: (value: F) => void;
}

/** "Format" with one segment per file type and a line on what each is for. */
export function ReportFormatControl<F extends keyof typeof FORMAT_LABELS>({
  formats,
  value,
  onChange,
}: ReportFormatControlProps<F>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        Format
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        onChange={(next) => {
          const chosen = formats.find((format) => format === next);
          if (chosen) onChange(chosen);
        }}
        data={formats.map((format) => ({ value: format, label: FORMAT_LABELS[format] }))}
      />
      <Text size="xs" c="dimmed">
        {FORMAT_HINTS[value]}
      </Text>
    </Stack>
  );
}
