import { useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { isCalendarDate } from '@shared/validation';
import { formatInputDay, parseInputDay, unreadableDayMessage } from '../forms/date-input-formats';

export interface DayInputProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'fixOnBlur' | 'withTime'
> {
  /**
   * A yyyy-MM-dd day, null when empty, or the text typed when it is not a date: a form's schema
   * then refuses it under this field, where Mantine alone would keep the last good day unseen.
   * Optional only because Mantine form's getInputProps types it so.
   */
  value?: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A calendar-day input that reads like every other date input (see date-input-formats) and can
 * be typed into: in the shown form ("Nov 27, 2026") or as ISO (2026-11-27). Text that is not a
 * date stays in the field with its error once the manager leaves it, never a silently kept day.
 */
export function DayInput({ value = null, onChange, error, onInput, onFocus, onBlur, ...rest }: DayInputProps) {
  const [focused, setFocused] = useState(false);
  const day = value !== null && isCalendarDate(value) ? value : null;
  const unreadable = value !== null && day === null;
  return (
    <DateInput
      {...rest}
      value={day}
      onChange={onChange}
      valueFormat={(shown) => formatInputDay(shown)}
      dateParser={(text) => parseInputDay(text)}
      // Unreadable text stays for the manager to fix; a readable day is rewritten the shown way.
      fixOnBlur={!unreadable}
      // Mantine reports only readable days; the rest is reported here, before its change handler.
      onInput={(event) => {
        onInput?.(event);
        const text = event.currentTarget.value;
        if (text.trim() === '') onChange(null);
        else if (parseInputDay(text) === null) onChange(text);
      }}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
      // Not while the date is still being typed, unless the form already asked for it.
      error={unreadable && (!focused || error) ? unreadableDayMessage() : error}
    />
  );
}
