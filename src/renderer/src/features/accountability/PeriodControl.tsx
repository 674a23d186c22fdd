import { SegmentedControl } from '@mantine/core';
import { PERIOD_PRESETS, type PeriodPreset } from '@shared/accountability/period';

const isPreset = (value: number): value is PeriodPreset => PERIOD_PRESETS.some((preset) => preset === value);

/** The 30 / 90 / 365-day period of the accountability figures. */
export function PeriodControl({ value, onChange }: { value: PeriodPreset; onChange: (days: PeriodPreset) => void }) {
  return (
    <SegmentedControl
      aria-label="Period"
      size="xs"
      value={String(value)}
      onChange={(next) => {
        const days = Number(next);
        if (isPreset(days)) onChange(days);
      }}
      data={PERIOD_PRESETS.map((days) => ({ value: String(days), label: `${days} days` }))}
    />
  );
}
