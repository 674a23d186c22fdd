import { beforeEach, describe, expect, it } from 'vitest';
import { doc, paragraph } from '../../shared/support/notes';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

// Today is Friday 2026-11-27.
const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));
let repId: number;
beforeEach(async () => {
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' })).id;
});

const held = async (day: number, month = 11) => {
  const meeting = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, month, day) });
  await app.call('meetings.setStatus', { id: meeting.id, status: 'held' });
  return meeting;
};

const query = async (sql: string, params: unknown[] = []) => {
  if (!app.core.dataSource) throw new Error('no database');
  return app.core.dataSource.query(sql, params);
};

describe('the pre-meeting brief', () => {
  it('is empty but complete for a new rep', async () => {
    const brief = await app.call('brief.forRep', { repId });
    expect(brief).toMatchObject({
      repName: 'Ana Ruiz',
      today: '2026-11-27',
      lastHeldMeetingId: null,
      daysSinceLastOneOnOne: null,
      lastMeeting: null,
      openCommitments: [],
      overdueCount: 0,
      goals: [],
      focus: [],
      talkingPoints: [],
    });
    expect(brief.followThrough).toMatchObject({
      rate: null,
      dueCount: 0,
      period: { from: '2026-08-30', to: '2026-11-27' },
    });
    expect(brief.followThrough.monthly.map((point) => point.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('assembles every part, each with the ids of its source', async () => {
    const older = await held(6);
    const last = await held(20);
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    await app.call('meetings.saveNotes', {
      id: last.id,
      baseRevision: 0,
      shared: doc(paragraph(words)),
      private: doc(paragraph('secret')),
    });
    const next = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 12, 4) });

    const overdue = await app.call('actionItems.create', {
      repId,
      meetingId: older.id,
      title: 'Send pricing',
      dueDate: '2026-11-13',
    });
    await query('UPDATE action_items SET carry_count = 2 WHERE id = ?', [overdue.id]);
    const agreed = await app.call('actionItems.create', {
      repId,
      meetingId: last.id,
      title: 'Book the demo',
      dueDate: '2026-12-01',
    });
    const done = await app.call('actionItems.create', {
      repId,
      meetingId: last.id,
      title: 'Update CRM',
      dueDate: '2026-11-25',
    });
    await app.call('actionItems.update', { id: done.id, status: 'done' });
    const managers = await app.call('actionItems.create', {
      repId,
      title: 'Approve travel',
      owner: 'manager',
      dueDate: '2026-11-20',
    });

    const goal = await app.call('goals.create', {
      repId,
      kind: 'metric',
      title: 'Q4 quota',
      metric: 'Quota attained',
      unit: 'currency',
      startValue: 0,
      targetValue: 100,
      startDate: '2026-10-01',
      endDate: '2027-01-09',
    });
    await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-20', value: 20, meetingId: last.id });
    const closed = await app.call('goals.create', { repId, kind: 'milestone', title: 'Old', endDate: '2026-12-01' });
    await app.call('goals.close', { id: closed.id });

    const skills = await app.call('skills.list', {});
    const closing = skills.find((skill) => skill.name === 'Closing')?.id ?? 0;
    for (const [meeting, rating] of [
      [older, 4],
      [last, 2],
    ] as const) {
      await app.call('skills.rate', { meetingId: meeting.id, skillId: closing, rating });
    }
    const point = await app.call('talkingPoints.queue', { repId, text: 'Conference budget' });

    const brief = await app.call('brief.forRep', { repId, meetingId: next.id });
    expect(brief.lastHeldMeetingId).toBe(last.id);
    expect(brief.daysSinceLastOneOnOne).toBe(7);
    expect(brief.lastMeeting).toMatchObject({ meetingId: last.id, excerptTruncated: true });
    expect(brief.lastMeeting?.excerpt.split(' ')).toHaveLength(50);
    expect(brief.lastMeeting?.agreements.map((item) => [item.id, item.status])).toEqual([
      [agreed.id, 'open'],
      [done.id, 'done'],
    ]);
    expect(brief.openCommitments.map((item) => [item.actionItemId, item.overdue, item.carryCount, item.owner])).toEqual(
      [
        [overdue.id, true, 2, 'rep'],
        [managers.id, true, 0, 'manager'],
        [agreed.id, false, 0, 'rep'],
      ],
    );
    expect(brief.openCommitments[0]?.meetingId).toBe(older.id);
    expect(brief.overdueCount).toBe(2);
    // The rep's own items due in the last 90 days up to today: Send pricing (open) and Update CRM (done).
    expect(brief.followThrough).toMatchObject({ rate: 0.5, dueCount: 2, doneCount: 1 });
    expect(brief.followThrough.monthly.at(-1)).toMatchObject({ month: '2026-11', dueCount: 2, followThroughRate: 0.5 });
    expect(brief.goals.map((row) => [row.id, row.pacing?.pace])).toEqual([[goal.id, 'off_track']]);
    expect(brief.focus).toMatchObject([{ skillId: closing, name: 'Closing', reasons: ['falling', 'weakest'] }]);
    expect(brief.talkingPoints).toEqual([
      { talkingPointId: point.id, text: 'Conference budget', createdAt: FRIDAY_MORNING.toISOString() },
    ]);

    // Prepared from the last meeting itself, "last meeting" is the one before it.
    expect((await app.call('brief.forRep', { repId, meetingId: last.id })).lastHeldMeetingId).toBe(older.id);
  });

  it('refuses an unknown rep and another rep’s one-on-one', async () => {
    const ben = await app.call('reps.create', { name: 'Ben', cadence: 'weekly' });
    const bens = await app.call('meetings.schedule', { repId: ben.id, scheduledAt: localInstant(2026, 11, 20) });
    expect(await app.callError('brief.forRep', { repId: 999 })).toMatchObject({ code: 'not_found' });
    expect(await app.callError('brief.forRep', { repId, meetingId: bens.id })).toMatchObject({
      code: 'invalid_input',
      field: 'meetingId',
    });
  });
});
