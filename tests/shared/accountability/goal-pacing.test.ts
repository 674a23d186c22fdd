import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalPacing } from '@shared/accountability/goal-pacing';

// A 100-day period from 1 January: on 21 February 51 days have passed, so expected = 0.51.
const quarter = { start: 0, target: 100_000, startDate: '2026-01-01', endDate: '2026-04-11' };

describe('goalPacing', () => {
  it('is achieved at 100 % whatever the date', () => {
    expect(goalPacing({ ...quarter, latest: 100_000, today: '2026-01-02' }).pace).toBe('achieved');
    expect(goalPacing({ ...quarter, latest: 130_000, today: '2026-03-01' }).pace).toBe('achieved');
  });

  it('draws the lines at expected − 0.10 and expected − 0.25, boundaries included', () => {
    const today = '2026-02-21';
    expect(goalPacing({ ...quarter, latest: 0, today }).expected).toBeCloseTo(0.51);
    expect(goalPacing({ ...quarter, latest: 41_000, today }).pace).toBe('on_track'); // 0.41 = 0.51 − 0.10
    expect(goalPacing({ ...quarter, latest: 40_999, today }).pace).toBe('at_risk');
    expect(goalPacing({ ...quarter, latest: 26_000, today }).pace).toBe('at_risk'); // 0.26 = 0.51 − 0.25
    expect(goalPacing({ ...quarter, latest: 25_999, today }).pace).toBe('off_track');
  });

  it('treats a goal without check-ins as no progress yet', () => {
    expect(goalPacing({ ...quarter, latest: null, today: '2026-01-05' })).toMatchObject({
      progress: 0,
      pace: 'on_track',
    });
    expect(goalPacing({ ...quarter, latest: null, today: '2026-03-01' }).pace).toBe('off_track');
  });

  it('clamps the elapsed share before the start and after the end', () => {
    expect(goalPacing({ ...quarter, latest: 0, today: '2025-12-01' }).expected).toBe(0);
    expect(goalPacing({ ...quarter, latest: 95_000, today: '2026-06-01' })).toMatchObject({
      expected: 1,
      pace: 'on_track',
    });
  });

  it('works for a target below the start (bring churn down from 10 to 4)', () => {
    const churn = { start: 10, target: 4, startDate: '2026-01-01', endDate: '2026-04-11', today: '2026-02-21' };
    expect(goalPacing({ ...churn, latest: 7 }).progress).toBeCloseTo(0.5);
    expect(goalPacing({ ...churn, latest: 7 }).pace).toBe('on_track');
    expect(goalPacing({ ...churn, latest: 12 }).pace).toBe('off_track');
  });

  it('never rates more progress as a worse pace', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 120 }),
        (value, more, day) => {
          const today = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
          const order = ['off_track', 'at_risk', 'on_track', 'achieved'];
          const worse = order.indexOf(goalPacing({ ...quarter, latest: value, today }).pace);
          const better = order.indexOf(goalPacing({ ...quarter, latest: value + more, today }).pace);
          expect(better).toBeGreaterThanOrEqual(worse);
        },
      ),
    );
  });
});
