import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_OUTCOMES } from '@shared/follow-ups/follow-up';
import { applyOutcome, reverseOutcome, type FollowedUpState } from '@shared/follow-ups/follow-up-rules';

const open: FollowedUpState = { status: 'open', dueDate: '2026-11-20', carryCount: 0, completedOn: null };

describe('follow-up outcomes', () => {
  it('closes on done and dropped with the meeting’s day', () => {
    expect(applyOutcome(open, 'done', null, '2026-11-27').item).toEqual({
      ...open,
      status: 'done',
      completedOn: '2026-11-27',
    });
    expect(applyOutcome(open, 'dropped', null, '2026-11-27').item).toEqual({
      ...open,
      status: 'dropped',
      completedOn: '2026-11-27',
    });
  });

  it('carries partly / not done: one more carry, a new due date if given, the old one remembered', () => {
    const { item, check } = applyOutcome(open, 'not_done', '2026-12-04', '2026-11-27');
    expect(item).toEqual({ ...open, carryCount: 1, dueDate: '2026-12-04' });
    expect(check).toEqual({ outcome: 'not_done', newDueDate: '2026-12-04', previousDueDate: '2026-11-20' });
    expect(applyOutcome(open, 'partly_done', null, '2026-11-27').item).toEqual({ ...open, carryCount: 1 });
  });

  it('reverses exactly what it applied, for any outcome on any open item', () => {
    const state = fc.record({
      status: fc.constant<'open'>('open'),
      dueDate: fc.option(fc.constantFrom('2026-11-01', '2026-11-20'), { nil: null }),
      carryCount: fc.nat(10),
      completedOn: fc.constant(null),
    });
    fc.assert(
      fc.property(
        state,
        fc.constantFrom(...FOLLOW_UP_OUTCOMES),
        fc.option(fc.constant('2026-12-31'), { nil: null }),
        (item, outcome, newDue) => {
          const due = outcome === 'partly_done' || outcome === 'not_done' ? newDue : null;
          const applied = applyOutcome(item, outcome, due, '2026-11-27');
          expect(reverseOutcome(applied.item, applied.check)).toEqual(item);
        },
      ),
    );
  });
});
