import { describe, expect, it } from 'vitest';
import { suggestNextSlot } from '../../../src/main/domain/meeting-slots';

// Local wall-clock times: the suggestion keeps the time of day the manager sees.
const local = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(year, month - 1, day, hour, minute);
const friday = local(2026, 11, 27, 9, 0);

describe('suggestNextSlot', () => {
  it('adds the cadence to the latest meeting, keeping the time of day', () => {
    const last = local(2026, 11, 24, 14, 30);
    expect(suggestNextSlot(last, 'weekly', friday)).toEqual(local(2026, 12, 1, 14, 30));
    expect(suggestNextSlot(last, 'biweekly', friday)).toEqual(local(2026, 12, 8, 14, 30));
    expect(suggestNextSlot(last, 'monthly', friday)).toEqual(local(2026, 12, 24, 14, 30));
  });

  it('rolls forward by whole cadences when the next slot is already past', () => {
    expect(suggestNextSlot(local(2026, 10, 1, 11), 'weekly', friday)).toEqual(local(2026, 12, 3, 11));
    expect(suggestNextSlot(local(2026, 11, 27, 8), 'weekly', friday)).toEqual(local(2026, 12, 4, 8));
    expect(suggestNextSlot(local(2026, 8, 31, 10), 'monthly', friday)).toEqual(local(2026, 11, 30, 10));
    // Counted from the last meeting, so a short month does not pull later slots back to the 30th.
    expect(suggestNextSlot(local(2026, 8, 31, 10), 'monthly', local(2026, 12, 1))).toEqual(local(2026, 12, 31, 10));
  });

  it('suggests the next weekday at 10:00 for a rep with no meetings yet', () => {
    expect(suggestNextSlot(null, 'weekly', friday)).toEqual(local(2026, 11, 30, 10));
    expect(suggestNextSlot(null, 'monthly', local(2026, 11, 24, 16))).toEqual(local(2026, 11, 25, 10));
  });
});
