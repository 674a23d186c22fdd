import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { startTempCore, type TempCore } from '../support/temp-core';

let app: TempCore;
let repId: number;
beforeEach(async () => {
  // Today is 2026-11-27.
  app = await startTempCore(undefined, { clock: fixedClock(FRIDAY_MORNING) });
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', email: 'ana@example.com', cadence: 'weekly' })).id;
});
afterEach(async () => {
  await app.dispose();
});

const quota = (overrides: Record<string, unknown> = {}) => ({
  repId,
  kind: 'metric' as const,
  title: 'Q4 quota',
  metric: 'Quota attained',
  unit: 'currency' as const,
  startValue: 0,
  targetValue: 100_000,
  // 100 days, 57 elapsed on 2026-11-27.
  startDate: '2026-10-01',
  endDate: '2027-01-09',
  ...overrides,
});

describe('goals', () => {
  it('creates a metric goal and paces it exactly as docs/product-rules.md says', async () => {
    const goal = await app.call('goals.create', quota());
    expect(goal).toMatchObject({ status: 'active', kind: 'metric', latestValue: null, checkInCount: 0 });
    expect(goal.pacing).toMatchObject({ pace: 'off_track', progress: 0, expected: 0.57 });

    // expected 0.57: on track from 0.47, at risk from 0.32, off track below, achieved at 1.
    const paceAt = async (value: number, date: string) => {
      await app.call('goals.addCheckIn', { goalId: goal.id, date, value });
      return (await app.call('goals.get', { id: goal.id })).pacing?.pace;
    };
    expect(await paceAt(47_000, '2026-11-01')).toBe('on_track');
    expect(await paceAt(46_999, '2026-11-02')).toBe('at_risk');
    expect(await paceAt(32_000, '2026-11-03')).toBe('at_risk');
    expect(await paceAt(31_999, '2026-11-04')).toBe('off_track');
    expect(await paceAt(100_000, '2026-11-05')).toBe('achieved');
  });

  it('paces a goal whose target is below its start (fewer churned accounts)', async () => {
    const goal = await app.call(
      'goals.create',
      quota({ title: 'Churn', metric: 'Churned accounts', unit: 'count', startValue: 20, targetValue: 10 }),
    );
    await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-20', value: 14 });
    expect((await app.call('goals.get', { id: goal.id })).pacing).toMatchObject({ pace: 'on_track', progress: 0.6 });
  });

  it('gives the goal page its check-ins, chart data and linked commitments with their outcomes', async () => {
    const goal = await app.call('goals.create', quota());
    const meeting = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 20) });
    await app.call('goals.addCheckIn', {
      goalId: goal.id,
      date: '2026-11-20',
      value: 40_000,
      meetingId: meeting.id,
      note: 'Acme signed',
    });
    await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-10-15', value: 10_000 });
    const item = await app.call('actionItems.create', { repId, meetingId: meeting.id, title: 'Close Globex' });
    expect(await app.call('actionItems.linkGoal', { id: item.id, goalId: goal.id })).toMatchObject({ goalId: goal.id });
    const later = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 27) });
    await app.core.dataSource?.query(
      `INSERT INTO follow_up_checks (action_item_id, meeting_id, outcome, note, created_at) VALUES (?, ?, 'partly_done', 'Legal review', ?)`,
      [item.id, later.id, FRIDAY_MORNING.toISOString()],
    );

    const detail = await app.call('goals.get', { id: goal.id });
    expect(detail.latestValue).toBe(40_000);
    expect(detail.checkIns.map((checkIn) => [checkIn.date, checkIn.value, checkIn.meetingId])).toEqual([
      ['2026-10-15', 10_000, null],
      ['2026-11-20', 40_000, meeting.id],
    ]);
    expect(detail.chart?.targetLine).toEqual([
      { date: '2026-10-01', value: 0 },
      { date: '2027-01-09', value: 100_000 },
    ]);
    expect(detail.chart?.expectedToday?.value).toBeCloseTo(57_000);
    expect(detail.commitments).toHaveLength(1);
    expect(detail.commitments[0]).toMatchObject({
      id: item.id,
      title: 'Close Globex',
      outcomes: [{ meetingId: later.id, outcome: 'partly_done', note: 'Legal review' }],
    });

    await app.call('actionItems.linkGoal', { id: item.id, goalId: null });
    expect((await app.call('goals.get', { id: goal.id })).commitments).toEqual([]);
  });

  it('creates a commitment for a goal, and refuses linking another rep’s goal', async () => {
    const goal = await app.call('goals.create', quota());
    const item = await app.call('actionItems.create', { repId, title: 'Ten calls a day', goalId: goal.id });
    expect(item.goalId).toBe(goal.id);
    expect((await app.call('goals.get', { id: goal.id })).commitments.map((row) => row.id)).toEqual([item.id]);
    const ben = await app.call('reps.create', { name: 'Ben', cadence: 'weekly' });
    const bensItem = await app.call('actionItems.create', { repId: ben.id, title: 'Call Acme' });
    expect(await app.callError('actionItems.linkGoal', { id: bensItem.id, goalId: goal.id })).toMatchObject({
      code: 'invalid_input',
      field: 'goalId',
    });
    expect(await app.callError('actionItems.create', { repId: ben.id, title: 'x', goalId: goal.id })).toMatchObject({
      field: 'goalId',
    });
    expect(await app.callError('actionItems.linkGoal', { id: item.id, goalId: 999 })).toMatchObject({
      code: 'not_found',
    });
    expect(await app.call('actionItems.list', { repId: ben.id })).toHaveLength(1);
  });

  it('edits, closes and reopens; a closed goal takes no check-ins', async () => {
    const goal = await app.call('goals.create', quota());
    const edited = await app.call('goals.update', {
      ...quota({ title: 'Q4 quota (revised)', targetValue: 120_000 }),
      id: goal.id,
    });
    expect(edited).toMatchObject({ title: 'Q4 quota (revised)', targetValue: 120_000 });
    expect(await app.call('goals.close', { id: goal.id })).toMatchObject({
      status: 'closed',
      closedAt: FRIDAY_MORNING.toISOString(),
    });
    expect(await app.callError('goals.addCheckIn', { goalId: goal.id, date: '2026-11-01', value: 1 })).toMatchObject({
      code: 'conflict',
    });
    expect(await app.call('goals.reopen', { id: goal.id })).toMatchObject({ status: 'active', closedAt: null });
    expect((await app.call('goals.listForRep', { repId, status: 'active' })).map((row) => row.id)).toEqual([goal.id]);
  });

  it('milestones are done or not done by a date, and have no pacing', async () => {
    const milestone = await app.call('goals.create', {
      repId,
      kind: 'milestone',
      title: 'Finish MEDDICC course',
      endDate: '2026-12-15',
    });
    expect(milestone).toMatchObject({ startDate: '2026-11-27', milestoneDone: false, pacing: null, metric: null });
    expect(await app.call('goals.setMilestoneDone', { id: milestone.id, done: true })).toMatchObject({
      milestoneDone: true,
    });
    expect(
      await app.callError('goals.addCheckIn', { goalId: milestone.id, date: '2026-12-01', value: 1 }),
    ).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('a corrected check-in value re-paces the goal, and the check-in stays with its one-on-one', async () => {
    const goal = await app.call('goals.create', quota());
    const meeting = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 20) });
    // Typed 24 000 for 42 000: 24 % done against 57 % expected.
    const typo = await app.call('goals.addCheckIn', {
      goalId: goal.id,
      date: '2026-11-20',
      value: 24_000,
      meetingId: meeting.id,
      note: 'Acme signed',
    });
    expect((await app.call('goals.get', { id: goal.id })).pacing?.pace).toBe('off_track');

    const fixed = await app.call('goals.updateCheckIn', {
      id: typo.id,
      date: '2026-11-20',
      value: 42_000,
      note: 'Acme signed',
    });
    expect(fixed).toEqual({ ...typo, value: 42_000 });

    const detail = await app.call('goals.get', { id: goal.id });
    expect(detail.latestValue).toBe(42_000);
    expect(detail.pacing).toMatchObject({ pace: 'at_risk', progress: 0.42, expected: 0.57 });
    expect(detail.checkIns).toEqual([{ ...typo, value: 42_000 }]);
    expect(detail.checkIns[0]?.meetingId).toBe(meeting.id);
    expect(detail.chart?.checkIns).toEqual([{ date: '2026-11-20', value: 42_000 }]);
    const [listed] = await app.call('goals.listForRep', { repId, status: 'active' });
    expect(listed).toMatchObject({ latestValue: 42_000, pacing: { pace: 'at_risk' } });
  });

  it('a corrected date decides which check-in is the latest', async () => {
    const goal = await app.call('goals.create', quota());
    const early = await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-10', value: 50_000 });
    await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-20', value: 30_000 });
    expect((await app.call('goals.get', { id: goal.id })).pacing?.pace).toBe('off_track');

    // It was recorded on the 25th, not the 10th: 50 % done is on track at 57 % expected.
    await app.call('goals.updateCheckIn', { id: early.id, date: '2026-11-25', value: 50_000 });
    const detail = await app.call('goals.get', { id: goal.id });
    expect(detail).toMatchObject({ latestValue: 50_000, latestDate: '2026-11-25', checkInCount: 2 });
    expect(detail.pacing).toMatchObject({ pace: 'on_track', progress: 0.5 });
    expect(detail.chart?.checkIns).toEqual([
      { date: '2026-11-20', value: 30_000 },
      { date: '2026-11-25', value: 50_000 },
    ]);
  });

  it('edits and removes check-ins, keeping them inside the period', async () => {
    const goal = await app.call('goals.create', quota());
    const checkIn = await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-01', value: 5 });
    expect(
      await app.call('goals.updateCheckIn', { id: checkIn.id, date: '2026-11-02', value: 6, note: 'fixed' }),
    ).toMatchObject({
      date: '2026-11-02',
      value: 6,
      note: 'fixed',
    });
    expect(await app.callError('goals.updateCheckIn', { id: checkIn.id, date: '2027-02-01', value: 6 })).toMatchObject({
      field: 'date',
    });
    // A shorter period that would leave the check-in outside it is refused.
    expect(await app.callError('goals.update', { ...quota({ startDate: '2026-11-10' }), id: goal.id })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('1 check-in falls outside'),
    });
    await app.call('goals.removeCheckIn', { id: checkIn.id });
    expect((await app.call('goals.get', { id: goal.id })).checkIns).toEqual([]);
  });
});
