import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '@shared/accountability/calendar-days';
import { accountabilityFigures, monthlySeries, type AccountabilityItem } from '@shared/accountability/figures';

const TODAY = '2026-11-27';
const LAST_30 = { kind: 'last', days: 30 } as const;
let nextId = 1;
const item = (fields: Partial<AccountabilityItem>): AccountabilityItem => ({
  id: nextId++,
  owner: 'rep',
  dueDate: TODAY,
  status: 'open',
  completedOn: null,
  ...fields,
});

describe('accountabilityFigures', () => {
  it('has no data — not 0 % and not 100 % — when nothing was due', () => {
    const figures = accountabilityFigures([], [], LAST_30, TODAY, 'rep');
    expect(figures).toEqual({
      dueCount: 0,
      doneCount: 0,
      onTimeCount: 0,
      coveredCount: 0,
      followThroughRate: null,
      onTimeRate: null,
      coverageRate: null,
      averageDaysOverdue: null,
      openCount: 0,
      overdueCount: 0,
    });
  });

  it('leaves dropped items out: all dropped is still "no data"', () => {
    const items = [
      item({ status: 'dropped', dueDate: '2026-11-20', completedOn: '2026-11-20' }),
      item({ status: 'dropped', dueDate: '2026-11-01', completedOn: '2026-11-03' }),
    ];
    const figures = accountabilityFigures(items, [], LAST_30, TODAY, 'rep');
    expect(figures.dueCount).toBe(0);
    expect(figures.followThroughRate).toBeNull();
    expect(figures.coverageRate).toBeNull();
  });

  it('counts an item due today, but not one due tomorrow', () => {
    const dueToday = item({ dueDate: TODAY });
    const dueTomorrow = item({ dueDate: '2026-11-28' });
    const figures = accountabilityFigures([dueToday, dueTomorrow], [], LAST_30, TODAY, 'rep');
    expect(figures.dueCount).toBe(1);
    expect(figures.followThroughRate).toBe(0);
    // Due today is open but not overdue yet; both are open.
    expect(figures).toMatchObject({ openCount: 2, overdueCount: 0, averageDaysOverdue: 0 });
  });

  it('counts the last 30 days including today: 29 days ago is in, 30 days ago is out', () => {
    const inside = item({ dueDate: '2026-10-29', status: 'done', completedOn: '2026-10-29' });
    const outside = item({ dueDate: '2026-10-28', status: 'done', completedOn: '2026-10-28' });
    expect(accountabilityFigures([inside, outside], [], LAST_30, TODAY, 'rep').dueCount).toBe(1);
  });

  it('computes follow-through, on-time, coverage and days overdue on a hand-made set', () => {
    const onTime = item({ dueDate: '2026-11-10', status: 'done', completedOn: '2026-11-09' });
    const late = item({ dueDate: '2026-11-10', status: 'done', completedOn: '2026-11-14' }); // 4 days late
    const checkedOpen = item({ dueDate: '2026-11-20' }); // open, 7 days late by today
    const uncheckedOpen = item({ dueDate: '2026-11-25' }); // open, 2 days late
    const noDueDate = item({ dueDate: null });
    const checks = [{ actionItemId: checkedOpen.id }, { actionItemId: onTime.id }];
    const figures = accountabilityFigures(
      [onTime, late, checkedOpen, uncheckedOpen, noDueDate],
      checks,
      LAST_30,
      TODAY,
      'rep',
    );
    expect(figures).toEqual({
      dueCount: 4,
      doneCount: 2,
      onTimeCount: 1,
      coveredCount: 3, // two done + one checked
      followThroughRate: 2 / 4,
      onTimeRate: 1 / 4,
      coverageRate: 3 / 4,
      averageDaysOverdue: (0 + 4 + 7 + 2) / 4,
      openCount: 3,
      overdueCount: 2,
    });
  });

  it('counts a done-late item as followed through but not on time', () => {
    const late = item({ dueDate: '2026-11-02', status: 'done', completedOn: '2026-11-03' });
    expect(accountabilityFigures([late], [], LAST_30, TODAY, 'rep')).toMatchObject({
      followThroughRate: 1,
      onTimeRate: 0,
      coverageRate: 1,
      averageDaysOverdue: 1,
    });
  });

  it('keeps the manager’s own items apart from the rep’s', () => {
    const repDone = item({ dueDate: '2026-11-20', status: 'done', completedOn: '2026-11-20' });
    const managerOpen = item({ owner: 'manager', dueDate: '2026-11-20' });
    expect(accountabilityFigures([repDone, managerOpen], [], LAST_30, TODAY, 'rep').followThroughRate).toBe(1);
    expect(accountabilityFigures([repDone, managerOpen], [], LAST_30, TODAY, 'manager')).toMatchObject({
      followThroughRate: 0,
      overdueCount: 1,
    });
  });

  it('takes a custom range, and still never counts days after today', () => {
    const items = [
      item({ dueDate: '2026-03-15', status: 'done', completedOn: '2026-03-15' }),
      item({ dueDate: '2026-04-15' }),
      item({ dueDate: '2026-12-15' }),
    ];
    expect(
      accountabilityFigures(items, [], { kind: 'custom', from: '2026-03-01', to: '2026-03-31' }, TODAY, 'rep')
        .followThroughRate,
    ).toBe(1);
    expect(accountabilityFigures(items, [], { from: '2026-01-01', to: '2026-12-31' }, TODAY, 'rep').dueCount).toBe(2);
  });

  it('uses the manager’s calendar day: late evening in Los Angeles is already tomorrow in UTC', () => {
    // 22:30 on Friday 27 November in Los Angeles is 06:30 on Saturday the 28th in UTC.
    const lateEvening = new Date('2026-11-28T06:30:00.000Z');
    const dueSaturday = item({ dueDate: '2026-11-28' });
    const localToday = calendarDayOf(lateEvening, 'America/Los_Angeles');
    const utcToday = calendarDayOf(lateEvening, 'UTC');
    expect([localToday, utcToday]).toEqual(['2026-11-27', '2026-11-28']);
    // Counted by the manager's day, Saturday's item is not due yet: no data, nothing overdue.
    expect(accountabilityFigures([dueSaturday], [], LAST_30, localToday, 'rep')).toMatchObject({
      dueCount: 0,
      followThroughRate: null,
    });
    // Counted by UTC's day it would already count as a miss, hours early.
    expect(accountabilityFigures([dueSaturday], [], LAST_30, utcToday, 'rep')).toMatchObject({
      dueCount: 1,
      followThroughRate: 0,
    });
  });

  it('reads a morning in Tokyo as that day, not UTC’s previous one', () => {
    expect(calendarDayOf(new Date('2026-11-27T23:30:00.000Z'), 'Asia/Tokyo')).toBe('2026-11-28');
  });
});

describe('monthlySeries', () => {
  it('gives one point per calendar month, oldest first, counting the current month up to today', () => {
    const items = [
      item({ dueDate: '2026-09-10', status: 'done', completedOn: '2026-09-12' }),
      item({ dueDate: '2026-09-30' }),
      item({ dueDate: '2026-11-02', status: 'done', completedOn: '2026-11-01' }),
      item({ dueDate: '2026-11-30' }), // after today: not counted yet
      item({ dueDate: '2026-10-05', owner: 'manager' }),
    ];
    const series = monthlySeries(items, [{ actionItemId: items[1]?.id ?? 0 }], TODAY, 3, 'rep');
    expect(series).toEqual([
      { month: '2026-09', dueCount: 2, followThroughRate: 0.5, onTimeRate: 0, coverageRate: 1 },
      { month: '2026-10', dueCount: 0, followThroughRate: null, onTimeRate: null, coverageRate: null },
      { month: '2026-11', dueCount: 1, followThroughRate: 1, onTimeRate: 1, coverageRate: 1 },
    ]);
  });

  it('crosses a year boundary', () => {
    expect(monthlySeries([], [], '2027-02-03', 4, 'rep').map((point) => point.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});
