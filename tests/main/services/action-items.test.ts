import { describe, expect, it } from 'vitest';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));

describe('action items from the form and the lists', () => {
  it('creates an item for a rep, optionally tied to one of the rep’s one-on-ones', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const meeting = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 20) });
    const loose = await app.call('actionItems.create', {
      repId: ana.id,
      title: '  Update the CRM  ',
      dueDate: '2026-12-01',
    });
    expect(loose).toMatchObject({
      title: 'Update the CRM',
      owner: 'rep',
      status: 'open',
      meetingId: null,
      dueDate: '2026-12-01',
      carryCount: 0,
    });
    const agreed = await app.call('actionItems.create', {
      repId: ana.id,
      meetingId: meeting.id,
      title: 'Send recap',
      owner: 'manager',
    });
    const [row] = await app.call('actionItems.list', { repId: ana.id, owner: 'manager' });
    expect(row).toMatchObject({ id: agreed.id, repName: 'Ana Ruiz', meetingScheduledAt: localInstant(2026, 11, 20) });
  });

  it('refuses a meeting of another rep and saves nothing', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const ben = await app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    const bensMeeting = await app.call('meetings.schedule', { repId: ben.id, scheduledAt: localInstant(2026, 11, 20) });
    expect(
      await app.callError('actionItems.create', { repId: ana.id, meetingId: bensMeeting.id, title: 'x' }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'meetingId',
    });
    expect(await app.call('actionItems.list', { status: 'all' })).toEqual([]);
  });

  it('marks done with today’s date, reopens, and edits title, owner and due date', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const item = await app.call('actionItems.create', { repId: ana.id, title: 'Call Acme' });
    expect(await app.call('actionItems.update', { id: item.id, status: 'done' })).toMatchObject({
      status: 'done',
      completedOn: '2026-11-27',
    });
    expect(await app.call('actionItems.update', { id: item.id, status: 'open' })).toMatchObject({
      status: 'open',
      completedOn: null,
    });
    const edited = await app.call('actionItems.update', {
      id: item.id,
      title: 'Call Acme’s CFO',
      owner: 'manager',
      dueDate: null,
    });
    expect(edited).toMatchObject({ title: 'Call Acme’s CFO', owner: 'manager', dueDate: null, status: 'open' });
  });

  it('filters by rep, status, owner and overdue (open and due before today)', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const ben = await app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    const overdue = await app.call('actionItems.create', { repId: ana.id, title: 'Overdue', dueDate: '2026-11-26' });
    await app.call('actionItems.create', { repId: ana.id, title: 'Due today', dueDate: '2026-11-27' });
    const doneLate = await app.call('actionItems.create', { repId: ana.id, title: 'Done late', dueDate: '2026-11-01' });
    await app.call('actionItems.update', { id: doneLate.id, status: 'done' });
    const bens = await app.call('actionItems.create', {
      repId: ben.id,
      title: 'Ben overdue',
      owner: 'manager',
      dueDate: '2026-11-02',
    });

    const titles = async (input: Parameters<typeof app.call<'actionItems.list'>>[1]) =>
      (await app.call('actionItems.list', input)).map((item) => item.title);
    expect(await titles({})).toEqual(['Due today', 'Overdue', 'Ben overdue']);
    expect(await titles({ overdueOnly: true })).toEqual(['Overdue', 'Ben overdue']);
    expect(await titles({ overdueOnly: true, repId: ana.id })).toEqual([overdue.title]);
    expect(await titles({ status: 'done' })).toEqual(['Done late']);
    expect(await titles({ owner: 'manager', status: 'all' })).toEqual([bens.title]);
  });
});
