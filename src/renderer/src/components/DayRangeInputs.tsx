import type { DateInputProps } from '@mantine/dates';
import { endsBeforeStart } from '../forms/date-input-formats';
import { DayInput } from './DayInput';

interface DayRangeInputsProps {
  from: string | null;
  to: string | null;
  onChange: (period: { from: string | null; to: string | null }) => void;
  size?: 'xs' | 'sm';
  /** Width of each field. */
  w: number;
  popoverProps?: DateInputProps['popoverProps'];
}

/**
 * A from–to filter (both days included): two typed day fields, the second saying so when the
 * period ends before it starts. Placed inside the caller's own row of filters.
 */
export function DayRangeInputs({ from, to, onChange, size = 'sm', w, popoverProps }: DayRangeInputsProps) {
  return (
    <>
      <DayInput
        size={size}
        aria-label="From date"
        placeholder="From"
        clearable
        value={from}
        onChange={(day) => onChange({ from: day, to })}
        w={w}
        popoverProps={popoverProps}
      />
      <DayInput
        size={size}
        aria-label="To date"
        placeholder="To"
        clearable
        value={to}
        onChange={(day) => onChange({ from, to: day })}
        w={w}
        error={endsBeforeStart(from, to) ? 'Ends before it starts' : undefined}
        popoverProps={popoverProps}
      />
    </>
  );
}
