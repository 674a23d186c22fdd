import { describe, expect, test } from 'vitest';
import { chartTime, formatChartDay, formatChartTick } from '../../../src/renderer/src/features/goals/goal-chart-format';

// What the rest of the app shows for a calendar day, in the manager's locale.
const mediumDay = (year: number, month: number, date: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(year, month - 1, date));

describe('goal chart dates', () => {
  test('the tooltip names the check-in day in the manager’s locale, not the chart’s timestamp', () => {
    const time = chartTime('2026-11-27');
    expect(formatChartDay(time)).toBe(mediumDay(2026, 11, 27));
    expect(formatChartDay(time)).not.toContain(String(time));
    expect(formatChartDay(time)).toContain('2026');
  });

  test('the first and last days of a year stay themselves', () => {
    expect(formatChartDay(chartTime('2026-12-31'))).toBe(mediumDay(2026, 12, 31));
    expect(formatChartDay(chartTime('2027-01-01'))).toBe(mediumDay(2027, 1, 1));
  });

  test('axis ticks are short days, and a value that is not a time gives no label', () => {
    expect(formatChartTick(chartTime('2026-11-27'))).toBe(
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(new Date(2026, 10, 27)),
    );
    expect(formatChartDay(Number.NaN)).toBe('');
    expect(formatChartTick(Number.NaN)).toBe('');
  });
});
