import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDayOf } from '@shared/accountability/calendar-days';
import { FOLLOW_UP_OUTCOMES } from '@shared/follow-ups/follow-up';
import { addItem, addMeeting, addRep, database, itemRow } from '../support/accountability-fixtures';
import { FRIDAY_MORNING, fixedClock, localInstant } from '../support/fixed-clock';
import { startTempCore, type TempCore } from '../support/temp-core';

let app: TempCore;
beforeAll(async () => {
  app = await startTempCore(undefined, { clock: fixedClock(FRIDAY_MORNING) });
});
afterAll(async () => {
  await app.dispose();
});

type Step =
  | { kind: 'record'; meeting: 0 | 1 | 2; outcome: (typeof FOLLOW_UP_OUTCOMES)[number]; newDueDate: string | null }
  | { kind: 'undo' | 'cancel' | 'restore'; meeting: 0 | 1 | 2 };

const meetingIndex = fc.constantFrom<0 | 1 | 2>(0, 1, 2);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant<'record'>('record'),
    meeting: meetingIndex,
    outcome: fc.constantFrom(...FOLLOW_UP_OUTCOMES),
    newDueDate: fc.option(fc.constantFrom('2026-11-25', '2026-12-02', '2026-12-09'), { nil: null }),
  }),
  fc.record({
    kind: fc.constantFrom<'undo' | 'cancel' | 'restore'>('undo', 'undo', 'cancel', 'restore'),
    meeting: meetingIndex,
  }),
);

interface CheckRow {
  outcome: string;
  new_due_date: string | null;
  scheduled_at: string;
  status: string;
}

const call = (next: Step, meetingId: number, itemId: number, newDueDate: string | null) => {
  if (next.kind === 'cancel' || next.kind === 'restore') {
    return app.core.registry.dispatch('meetings.setStatus', {
      id: meetingId,
      status: next.kind === 'cancel' ? 'cancelled' : 'held',
    });
  }
  return app.core.registry.dispatch(next.kind === 'record' ? 'followUps.record' : 'followUps.undo', {
    meetingId,
    actionItemId: itemId,
    ...(next.kind === 'record' ? { outcome: next.outcome, newDueDate } : {}),
  });
};

describe('follow-up checks, under any sequence of recording, changing, undoing and cancelling', () => {
  it('keep the item consistent with its checks: carry count, status and due date', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 10 }), async (steps) => {
        const repId = await addRep(app, 'Ana Ruiz');
        const origin = await addMeeting(app, repId, localInstant(2026, 11, 6));
        const later = [
          await addMeeting(app, repId, localInstant(2026, 11, 13)),
          await addMeeting(app, repId, localInstant(2026, 11, 20)),
          await addMeeting(app, repId, localInstant(2026, 11, 27), 'scheduled'),
        ];
        const itemId = await addItem(app, {
          repId,
          meetingId: origin,
          title: 'Send the proposal',
          dueDate: '2026-11-11',
        });
        for (const next of steps) {
          const meetingId = later[next.meeting] ?? 0;
          const newDueDate =
            next.kind === 'record' && (next.outcome === 'partly_done' || next.outcome === 'not_done')
              ? next.newDueDate
              : null;
          // Refusals are part of the game (a closed item, a later check, a cancelled meeting); they must change nothing, which the invariants check.
          const result = await call(next, meetingId, itemId, newDueDate);
          if (result.ok) accepted += 1;

          const checks: CheckRow[] = await database(app).query(
            `SELECT c.outcome, c.new_due_date, m.scheduled_at, m.status FROM follow_up_checks c JOIN meetings m ON m.id = c.meeting_id
             WHERE c.action_item_id = ? ORDER BY m.scheduled_at`,
            [itemId],
          );
          const item = await itemRow(app, itemId);
          const carries = checks.filter((check) => check.outcome === 'partly_done' || check.outcome === 'not_done');
          const closing = checks.filter((check) => check.outcome === 'done' || check.outcome === 'dropped');
          // A cancelled one-on-one never happened: no outcome of it survives.
          expect(checks.filter((check) => check.status === 'cancelled')).toEqual([]);
          expect(item.carry_count).toBe(carries.length);
          // Only the latest check may close the item: nothing is followed up after it is closed.
          expect(closing.length).toBeLessThanOrEqual(1);
          if (closing[0]) expect(checks.at(-1)).toEqual(closing[0]);
          expect(item.status).toBe(closing[0]?.outcome ?? 'open');
          // Recorded today (27 Nov): a closed item closes on its meeting's day, never after today.
          expect(item.completed_on).toBe(closing[0] ? calendarDayOf(new Date(closing[0].scheduled_at)) : null);
          const lastNewDue = checks.filter((check) => check.new_due_date !== null).at(-1)?.new_due_date;
          expect(item.due_date).toBe(lastNewDue ?? '2026-11-11');
        }
      }),
      { numRuns: 40 },
    );
    // The sequences must mostly be accepted calls, or the invariants prove little.
    expect(accepted).toBeGreaterThan(40);
  }, 60_000);
});
