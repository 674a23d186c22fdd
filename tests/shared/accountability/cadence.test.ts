import { describe, expect, it } from 'vitest';
import { addMonthsToDay, lastDayOfMonth } from '@shared/accountability/calendar-days';
import { isMeetingOverdue } from '@shared/accountability/cadence';

describe('isMeetingOverdue', () => {
  it('weekly: a week later is on time, the day after is overdue', () => {
    expect(isMeetingOverdue('2026-11-16', 'weekly', '2026-11-23')).toBe(false);
    expect(isMeetingOverdue('2026-11-16', 'weekly', '2026-11-24')).toBe(true);
  });

  it('biweekly: fourteen days', () => {
    expect(isMeetingOverdue('2026-11-09', 'biweekly', '2026-11-23')).toBe(false);
    expect(isMeetingOverdue('2026-11-09', 'biweekly', '2026-11-24')).toBe(true);
  });

  it('monthly: by calendar month, clamped at the month’s end', () => {
    expect(isMeetingOverdue('2026-01-31', 'monthly', '2026-02-28')).toBe(false);
    expect(isMeetingOverdue('2026-01-31', 'monthly', '2026-03-01')).toBe(true);
    expect(addMonthsToDay('2028-01-31', 1)).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('counts a rep who never had a held one-on-one as overdue', () => {
    expect(isMeetingOverdue(null, 'monthly', '2026-11-27')).toBe(true);
  });
});
