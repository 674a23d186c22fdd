import { describe, expect, it } from 'vitest';
import {
  figuresOver,
  goalPacing,
  monthlyFollowThrough,
  monthsOf,
  type FigureItem,
} from '../../../src/main/exports/report-figures';

const item = (id: number, fields: Partial<FigureItem>): FigureItem => ({
  id,
  owner: 'rep',
  dueDate: '2026-11-10',
  status: 'open',
  completedOn: null,
  ...fields,
});
const november = { from: '2026-11-01', to: '2026-11-30' };

describe('accountability figures (docs/product-rules.md)', () => {
  it("counts the owner's items due in the period up to today, leaving dropped ones out", () => {
    const items = [
      item(1, { status: 'done', completedOn: '2026-11-09' }), // on time
      item(2, { status: 'done', completedOn: '2026-11-12' }), // late
      item(3, {}), // open, checked at a follow-up
      item(4, {}), // open, never checked
      item(5, { status: 'dropped' }), // a decision, not a miss
      item(6, { dueDate: '2026-11-25' }), // due after today: not yet counted
      item(7, { owner: 'manager', status: 'done', completedOn: '2026-11-10' }),
      item(8, { dueDate: '2026-10-31', status: 'done', completedOn: '2026-10-30' }), // before the period
    ];
    const figures = figuresOver(items, new Set([3]), november, '2026-11-20', 'rep');
    expect(figures).toMatchObject({
      dueCount: 4,
      doneCount: 2,
      onTimeCount: 1,
      coveredCount: 3,
      openCount: 3,
      overdueCount: 2,
    });
    expect(figures.followThroughRate).toBe(0.5);
    expect(figures.onTimeRate).toBe(0.25);
    expect(figures.coverageRate).toBe(0.75);
    expect(figuresOver(items, new Set(), november, '2026-11-20', 'manager').followThroughRate).toBe(1);
  });

  it('says "no data" (null), never 0 % or 100 %, when nothing was due', () => {
    const figures = figuresOver(
      [item(1, { status: 'dropped' }), item(2, { dueDate: null })],
      new Set(),
      november,
      '2026-11-20',
      'rep',
    );
    expect(figures).toMatchObject({ dueCount: 0, followThroughRate: null, onTimeRate: null, coverageRate: null });
  });

  it('buckets follow-through by month across the period', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const points = monthlyFollowThrough(
      [
        item(1, { dueDate: '2026-10-05', status: 'done', completedOn: '2026-10-05' }),
        item(2, { dueDate: '2026-11-05' }),
      ],
      new Set(),
      { from: '2026-10-01', to: '2026-11-30' },
      '2026-11-20',
      'rep',
    );
    expect(points).toEqual([
      { month: '2026-10', dueCount: 1, followThroughRate: 1 },
      { month: '2026-11', dueCount: 1, followThroughRate: 0 },
    ]);
  });
});

describe('goal pacing (docs/product-rules.md)', () => {
  const goal = { start: 0, target: 100, startDate: '2026-01-01', endDate: '2026-01-11' };
  it('is achieved at 100 %, on track within 10 points of the expected pace, at risk down to 25, off track below', () => {
    expect(goalPacing({ ...goal, latest: 100, today: '2026-01-02' }).pace).toBe('achieved');
    expect(goalPacing({ ...goal, latest: 40, today: '2026-01-06' }).pace).toBe('on_track'); // expected 0.5, progress 0.4
    expect(goalPacing({ ...goal, latest: 39, today: '2026-01-06' }).pace).toBe('at_risk');
    expect(goalPacing({ ...goal, latest: 25, today: '2026-01-06' }).pace).toBe('at_risk');
    expect(goalPacing({ ...goal, latest: 24, today: '2026-01-06' }).pace).toBe('off_track');
    expect(goalPacing({ ...goal, latest: null, today: '2025-12-01' })).toMatchObject({
      pace: 'on_track',
      progress: 0,
      expected: 0,
    });
  });

  it('works for targets below the start (reduce churn)', () => {
    expect(
      goalPacing({
        start: 10,
        target: 5,
        latest: 5,
        startDate: '2026-01-01',
        endDate: '2026-02-01',
        today: '2026-01-10',
      }).pace,
    ).toBe('achieved');
  });
});
