import { describe, expect, test } from 'vitest';
import type { GoalSummary } from '@shared/goals/goal';
import { pacingDetail } from '../../../src/renderer/src/features/goals/goal-format';
import { formatCalendarDayRange } from '../../../src/renderer/src/features/reps/format';

describe('a goal’s period', () => {
  test('reads as a locale date range, not two ISO dates', () => {
    const period = formatCalendarDayRange('2026-10-28', '2026-12-27');
    expect(period).not.toContain('2026-10-28');
    expect(period).toContain(new Intl.DateTimeFormat(undefined, { month: 'short' }).format(new Date(2026, 9, 28)));
    expect(period).toContain(new Intl.DateTimeFormat(undefined, { month: 'short' }).format(new Date(2026, 11, 27)));
    expect(period).toMatch(/28/);
    expect(period).toMatch(/27/);
  });

  test('a period across the new year names both years', () => {
    const period = formatCalendarDayRange('2026-12-01', '2027-01-31');
    expect(period).toContain('2026');
    expect(period).toContain('2027');
  });

  test('a date that is not a date is shown as stored rather than hidden', () => {
    expect(formatCalendarDayRange('2026-13-45', '2026-12-27')).toBe('2026-13-45 – 2026-12-27');
  });

  test('a milestone’s due day reads in the locale too', () => {
    const milestone = { kind: 'milestone', endDate: '2027-01-29' } as GoalSummary;
    const detail = pacingDetail(milestone);
    expect(detail).not.toContain('2027-01-29');
    expect(detail).toBe(
      `due ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2027, 0, 29))}`,
    );
  });
});
