import { DatePickerInput } from '@mantine/dates';
import { formatPickedDays } from '../../forms/date-input-formats';

export type DayRangeValue = [string | null, string | null];

interface DateRangeFieldProps {
  value: DayRangeValue;
  onChange: (value: DayRangeValue) => void;
}

/** Both ends picked, as yyyy-MM-dd; null while the manager is still choosing the end. */
export function completeRange(value: DayRangeValue): { from: string; to: string } | null {
  const [from, to] = value;
  // The picker may hand back "yyyy-MM-dd HH:mm:ss"; the API wants the calendar day.
  return from && to ? { from: from.slice(0, 10), to: to.slice(0, 10) } : null;
}

/** The report's period: a start and an end day, both included. */
export function DateRangeField({ value, onChange }: DateRangeFieldProps) {
  return (
    <DatePickerInput
      type="range"
      label="Period"
      description="Both days are included."
      placeholder="Pick the first and last day"
      valueFormatter={formatPickedDays}
      value={value}
      onChange={onChange}
      allowSingleDateInRange
      error={value[0] && !value[1] ? 'Pick the last day of the period too.' : undefined}
      popoverProps={{ withinPortal: true }}
    />
  );
}
