import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/accountability/calendar-days';
import { accountabilityFigures, monthlySeries, type AccountabilityItem } from '@shared/accountability/figures';
import type { AccountabilityPeriod } from '@shared/accountability/period';

const TODAY = '2026-11-27';

/** An item due within about a year and a half around today, in any state a real item can be in. */
const itemArbitrary = fc
  .record({
    owner: fc.constantFrom<AccountabilityItem['owner']>('rep', 'manager'),
    dueOffset: fc.option(fc.integer({ min: -500, max: 30 }), { nil: null }),
    status: fc.constantFrom<AccountabilityItem['status']>('open', 'done', 'dropped'),
    completedShift: fc.option(fc.integer({ min: -20, max: 40 }), { nil: null }),
  })
  .map(({ owner, dueOffset, status, completedShift }) => {
    const dueDate = dueOffset === null ? null : addDays(TODAY, dueOffset);
    const completedOn = status === 'open' || completedShift === null ? null : addDays(dueDate ?? TODAY, completedShift);
    return { owner, dueDate, status, completedOn };
  });

const itemsArbitrary = fc
  .array(itemArbitrary, { maxLength: 40 })
  .map((items): AccountabilityItem[] => items.map((fields, index) => ({ id: index + 1, ...fields })));

const checksArbitrary = (items: AccountabilityItem[]) => fc.subarray(items.map((item) => ({ actionItemId: item.id })));

const periodArbitrary: fc.Arbitrary<AccountabilityPeriod> = fc.oneof(
  fc.constantFrom<AccountabilityPeriod>(
    { kind: 'last', days: 30 },
    { kind: 'last', days: 90 },
    { kind: 'last', days: 365 },
  ),
  fc
    .tuple(fc.integer({ min: -600, max: 60 }), fc.integer({ min: 0, max: 400 }))
    .map(([start, length]): AccountabilityPeriod => ({
      kind: 'custom',
      from: addDays(TODAY, start),
      to: addDays(TODAY, start + length),
    })),
);

const ownerArbitrary = fc.constantFrom<AccountabilityItem['owner']>('rep', 'manager');

const scenario = itemsArbitrary.chain((items) =>
  fc.record({
    items: fc.constant(items),
    checks: checksArbitrary(items),
    period: periodArbitrary,
    owner: ownerArbitrary,
  }),
);

const inUnitRange = (value: number | null) => value === null || (value >= 0 && value <= 1);

describe('accountability figures, for any items', () => {
  it('keep every rate within 0..1, and null exactly when nothing was due', () => {
    fc.assert(
      fc.property(scenario, ({ items, checks, period, owner }) => {
        const figures = accountabilityFigures(items, checks, period, TODAY, owner);
        expect(inUnitRange(figures.followThroughRate)).toBe(true);
        expect(inUnitRange(figures.onTimeRate)).toBe(true);
        expect(inUnitRange(figures.coverageRate)).toBe(true);
        const empty = figures.dueCount === 0;
        expect(figures.followThroughRate === null).toBe(empty);
        expect(figures.onTimeRate === null).toBe(empty);
        expect(figures.coverageRate === null).toBe(empty);
        expect(figures.averageDaysOverdue === null).toBe(empty);
        expect(figures.averageDaysOverdue === null || figures.averageDaysOverdue >= 0).toBe(true);
      }),
    );
  });

  it('never lower follow-through when a done-on-time item is added', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 10 }),
        ({ items, checks, owner }, daysAgo, early) => {
          const period = { kind: 'last', days: 30 } as const;
          const before = accountabilityFigures(items, checks, period, TODAY, owner);
          const dueDate = addDays(TODAY, -daysAgo);
          const kept: AccountabilityItem = {
            id: items.length + 1,
            owner,
            dueDate,
            status: 'done',
            completedOn: addDays(dueDate, -early),
          };
          const after = accountabilityFigures([...items, kept], checks, period, TODAY, owner);
          expect(after.followThroughRate).not.toBeNull();
          expect(after.followThroughRate ?? 0).toBeGreaterThanOrEqual(before.followThroughRate ?? 0);
          expect(after.onTimeRate ?? 0).toBeGreaterThanOrEqual(before.onTimeRate ?? 0);
        },
      ),
    );
  });

  it('have coverage ≥ follow-through ≥ on-time', () => {
    fc.assert(
      fc.property(scenario, ({ items, checks, period, owner }) => {
        const figures = accountabilityFigures(items, checks, period, TODAY, owner);
        if (figures.dueCount === 0) return;
        expect(figures.coverageRate ?? 0).toBeGreaterThanOrEqual(figures.followThroughRate ?? 0);
        expect(figures.onTimeRate ?? 0).toBeLessThanOrEqual(figures.followThroughRate ?? 0);
      }),
    );
  });

  it('never grow |D| when an item is dropped', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ items, checks, period, owner }, pick) => {
        if (items.length === 0) return;
        const index = pick % items.length;
        const dropped = items.map((candidate, at) =>
          at === index ? { ...candidate, status: 'dropped' as const, completedOn: TODAY } : candidate,
        );
        const before = accountabilityFigures(items, checks, period, TODAY, owner);
        const after = accountabilityFigures(dropped, checks, period, TODAY, owner);
        expect(after.dueCount).toBeLessThanOrEqual(before.dueCount);
      }),
    );
  });

  it('count overdue items among the open ones', () => {
    fc.assert(
      fc.property(scenario, ({ items, checks, period, owner }) => {
        const figures = accountabilityFigures(items, checks, period, TODAY, owner);
        expect(figures.overdueCount).toBeLessThanOrEqual(figures.openCount);
        expect(figures.doneCount).toBeLessThanOrEqual(figures.dueCount);
      }),
    );
  });

  it('add up month by month to the figures over the same months', () => {
    fc.assert(
      fc.property(scenario, ({ items, checks, owner }) => {
        const series = monthlySeries(items, checks, TODAY, 12, owner);
        const whole = accountabilityFigures(items, checks, { from: '2025-12-01', to: TODAY }, TODAY, owner);
        expect(series.reduce((sum, point) => sum + point.dueCount, 0)).toBe(whole.dueCount);
        const done = series.reduce((sum, point) => sum + (point.followThroughRate ?? 0) * point.dueCount, 0);
        expect(done).toBeCloseTo(whole.doneCount);
      }),
    );
  });
});
