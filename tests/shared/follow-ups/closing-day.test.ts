import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/accountability/calendar-days';
import { figuresOver } from '@shared/accountability/figures';
import { applyOutcome, closingDay, movedClosingDay, type FollowedUpState } from '@shared/follow-ups/follow-up-rules';

const open: FollowedUpState = { status: 'open', dueDate: '2027-03-28', carryCount: 0, completedOn: null };

describe('the day a follow-up closes an item', () => {
  it('is the meeting’s day when recorded on it or after it (a meeting held last week, entered today)', () => {
    expect(closingDay('2027-03-30', '2027-03-30')).toBe('2027-03-30');
    expect(closingDay('2027-03-23', '2027-03-30')).toBe('2027-03-23');
  });

  it('is the day it was recorded when the manager notes it ahead of the meeting', () => {
    // The case: recorded on Mar 27 in the Mar 30 one-on-one, for an item due Mar 28.
    expect(closingDay('2027-03-30', '2027-03-27')).toBe('2027-03-27');
  });

  it('is never after the day it was recorded nor after the meeting, whatever the two days', () => {
    const day = fc.integer({ min: -400, max: 400 }).map((offset) => addDays('2027-03-27', offset));
    fc.assert(
      fc.property(day, day, (meetingDay, recordedDay) => {
        const closed = closingDay(meetingDay, recordedDay);
        expect(closed <= recordedDay && closed <= meetingDay).toBe(true);
        expect([meetingDay, recordedDay]).toContain(closed);
      }),
    );
  });

  it('makes a done recorded before the due date on time, even in a one-on-one after it', () => {
    const day = fc.integer({ min: -60, max: 60 }).map((offset) => addDays('2027-03-28', offset));
    fc.assert(
      fc.property(day, day, (meetingDay, recordedDay) => {
        const done = applyOutcome(open, 'done', null, closingDay(meetingDay, recordedDay)).item;
        const range = { from: '2027-01-01', to: '2027-12-31' };
        const figures = figuresOver([{ id: 1, owner: 'rep', ...done }], new Set(), range, '2027-12-31', 'rep');
        expect(figures.onTimeCount === 1).toBe(meetingDay <= '2027-03-28' || recordedDay <= '2027-03-28');
      }),
    );
  });
});

describe('moving a one-on-one whose follow-ups closed items', () => {
  const recordedDay = '2027-03-27';
  const doneEarly = applyOutcome(open, 'done', null, closingDay('2027-03-30', recordedDay)).item;

  it('keeps the day it was recorded when moved later, and follows the meeting when moved before it', () => {
    const move = (to: string) => movedClosingDay(doneEarly, 'done', recordedDay, '2027-03-30', to);
    expect(move('2027-04-02')).toBe('2027-03-27');
    expect(move('2027-03-26')).toBe('2027-03-26');
    expect(move('2027-03-27')).toBe('2027-03-27');
  });

  it('moves a done day that was the meeting’s own day with the meeting, up to the day it was recorded', () => {
    const onTheDay = applyOutcome(open, 'dropped', null, '2027-03-30').item;
    expect(movedClosingDay(onTheDay, 'dropped', '2027-03-30', '2027-03-30', '2027-03-25')).toBe('2027-03-25');
    expect(movedClosingDay(onTheDay, 'dropped', '2027-03-30', '2027-03-30', '2027-04-06')).toBe('2027-03-30');
  });

  it('leaves alone what the check no longer decides: carried items, and items reopened or closed again since', () => {
    const carried = applyOutcome(open, 'not_done', '2027-04-06', '2027-03-30').item;
    expect(movedClosingDay(carried, 'not_done', recordedDay, '2027-03-30', '2027-04-02')).toBeNull();
    expect(movedClosingDay(open, 'done', recordedDay, '2027-03-30', '2027-04-02')).toBeNull();
    const closedAgain = { ...doneEarly, completedOn: '2027-03-29' };
    expect(movedClosingDay(closedAgain, 'done', recordedDay, '2027-03-30', '2027-03-20')).toBeNull();
  });
});
