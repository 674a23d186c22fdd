import { describe, expect, it } from 'vitest';
import { addItem, addMeeting, database, itemRow, threeOneOnOnes } from '../support/accountability-fixtures';
import { FRIDAY_MORNING, fixedClock, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));

describe('the follow-up panel', () => {
  it('lists every open item from earlier one-on-ones, the rep’s and the manager’s, oldest first', async () => {
    const { second, proposal, pipeline, pricing } = await threeOneOnOnes(app);
    const panel = await app.call('followUps.panel', { meetingId: second });
    expect(panel).toMatchObject({
      meetingId: second,
      repName: 'Ana Ruiz',
      meetingDay: '2026-11-20',
      meetingStatus: 'held',
    });
    expect(
      panel.items.map((item) => [item.actionItemId, item.owner, item.daysOverdue, item.carryCount, item.check]),
    ).toEqual([
      [proposal, 'rep', 2, 0, null],
      [pipeline, 'rep', 1, 0, null],
      [pricing, 'manager', 1, 0, null],
    ]);
    expect(panel.items[0]).toMatchObject({ originMeetingAt: localInstant(2026, 11, 13), dueDate: '2026-11-18' });
  });

  it('leaves out items agreed in this one-on-one or later, and closed ones', async () => {
    const { repId, first, second, proposal } = await threeOneOnOnes(app);
    await addItem(app, { repId, meetingId: second, title: 'Agreed today', dueDate: '2026-11-25' });
    await database(app).query(`UPDATE action_items SET status = 'done', completed_on = '2026-11-15' WHERE id = ?`, [
      proposal,
    ]);
    expect((await app.call('followUps.panel', { meetingId: first })).items).toEqual([]);
    expect((await app.call('followUps.panel', { meetingId: second })).items.map((item) => item.title)).toEqual([
      'Update the pipeline',
      'Get pricing approval',
    ]);
  });

  it('runs the issue’s loop: done / not done with a new date / dropped, then only the carried item comes back', async () => {
    const { second, third, proposal, pipeline, pricing } = await threeOneOnOnes(app);
    await app.call('followUps.record', { meetingId: second, actionItemId: proposal, outcome: 'done' });
    const carried = await app.call('followUps.record', {
      meetingId: second,
      actionItemId: pipeline,
      outcome: 'not_done',
      note: 'Waiting on the CRM export',
      newDueDate: '2026-11-26',
    });
    await app.call('followUps.record', { meetingId: second, actionItemId: pricing, outcome: 'dropped' });
    expect(carried).toMatchObject({ status: 'open', carryCount: 1, dueDate: '2026-11-26', daysOverdue: 1 });
    expect(carried.check).toMatchObject({
      outcome: 'not_done',
      note: 'Waiting on the CRM export',
      newDueDate: '2026-11-26',
      previousDueDate: '2026-11-19',
    });
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'done', completed_on: '2026-11-20' });
    expect(await itemRow(app, pricing)).toMatchObject({ status: 'dropped', completed_on: '2026-11-20' });

    // Meeting 2 still shows all three with its own outcomes, so they can be changed there.
    expect((await app.call('followUps.panel', { meetingId: second })).items.map((item) => item.check?.outcome)).toEqual(
      ['done', 'not_done', 'dropped'],
    );

    const third3 = await app.call('followUps.panel', { meetingId: third });
    expect(third3.items).toHaveLength(1);
    expect(third3.items[0]).toMatchObject({
      actionItemId: pipeline,
      carryCount: 1,
      dueDate: '2026-11-26',
      daysOverdue: 1,
      check: null,
    });
    const done = await app.call('followUps.record', { meetingId: third, actionItemId: pipeline, outcome: 'done' });
    expect(done).toMatchObject({ status: 'done', carryCount: 1, check: { outcome: 'done' } });
    expect(await itemRow(app, pipeline)).toMatchObject({ status: 'done', completed_on: '2026-11-27', carry_count: 1 });
  });

  it('replaces the check when the outcome is changed, keeping the carry count and due date right', async () => {
    const { second, pipeline } = await threeOneOnOnes(app);
    const record = (outcome: 'done' | 'partly_done' | 'not_done' | 'dropped', newDueDate?: string) =>
      app.call('followUps.record', { meetingId: second, actionItemId: pipeline, outcome, newDueDate });

    await record('not_done', '2026-11-26');
    expect(await itemRow(app, pipeline)).toMatchObject({ status: 'open', carry_count: 1, due_date: '2026-11-26' });
    await record('partly_done');
    expect(await itemRow(app, pipeline)).toMatchObject({ status: 'open', carry_count: 1, due_date: '2026-11-19' });
    await record('not_done', '2026-12-01');
    await record('not_done', '2026-12-02');
    expect(await itemRow(app, pipeline)).toMatchObject({ carry_count: 1, due_date: '2026-12-02' });
    await record('done');
    expect(await itemRow(app, pipeline)).toMatchObject({
      status: 'done',
      carry_count: 0,
      due_date: '2026-11-19',
      completed_on: '2026-11-20',
    });
    await record('dropped');
    expect(await itemRow(app, pipeline)).toMatchObject({ status: 'dropped', carry_count: 0 });
    const checks: unknown[] = await database(app).query('SELECT outcome FROM follow_up_checks');
    expect(checks).toEqual([{ outcome: 'dropped' }]);
  });

  it('undoes a check: reopens, takes back the carry, restores the due date', async () => {
    const { second, proposal, pipeline } = await threeOneOnOnes(app);
    await app.call('followUps.record', { meetingId: second, actionItemId: proposal, outcome: 'done' });
    await app.call('followUps.record', {
      meetingId: second,
      actionItemId: pipeline,
      outcome: 'not_done',
      newDueDate: '2026-11-26',
    });

    expect(await app.call('followUps.undo', { meetingId: second, actionItemId: proposal })).toMatchObject({
      status: 'open',
      check: null,
    });
    expect(await itemRow(app, proposal)).toEqual({
      status: 'open',
      due_date: '2026-11-18',
      carry_count: 0,
      completed_on: null,
    });
    await app.call('followUps.undo', { meetingId: second, actionItemId: pipeline });
    expect(await itemRow(app, pipeline)).toEqual({
      status: 'open',
      due_date: '2026-11-19',
      carry_count: 0,
      completed_on: null,
    });
    expect(await database(app).query('SELECT * FROM follow_up_checks')).toEqual([]);
    expect(await app.callError('followUps.undo', { meetingId: second, actionItemId: pipeline })).toMatchObject({
      code: 'not_found',
    });
  });

  it('keeps bringing an item back across cancelled and rescheduled one-on-ones until it is closed', async () => {
    const { repId, first, pipeline } = await threeOneOnOnes(app);
    const cancelled = await addMeeting(app, repId, localInstant(2026, 12, 4), 'cancelled');
    const later = await addMeeting(app, repId, localInstant(2026, 12, 11), 'scheduled');
    const titles = async (meetingId: number) =>
      (await app.call('followUps.panel', { meetingId })).items.map((item) => item.actionItemId);
    expect(await titles(cancelled)).toContain(pipeline);
    expect(await titles(later)).toContain(pipeline);

    await app.call('followUps.record', { meetingId: later, actionItemId: pipeline, outcome: 'partly_done' });
    // Moved a week later: same notes, same follow-ups.
    await database(app).query('UPDATE meetings SET scheduled_at = ? WHERE id = ?', [localInstant(2026, 12, 18), later]);
    const moved = await app.call('followUps.panel', { meetingId: later });
    expect(moved.items.find((item) => item.actionItemId === pipeline)).toMatchObject({
      carryCount: 1,
      check: { outcome: 'partly_done' },
    });
    expect(await titles(first)).toEqual([]);
  });
});
