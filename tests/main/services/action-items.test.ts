import { describe, expect, it } from 'vitest';
import { fixedClock, FRIDAY_MORNING, localInstant, type FixedClock } from '../support/fixed-clock';
import { tableRows } from '../support/refused-unchanged';
import { tempCoreEachTest } from '../support/temp-core-each-test';

let clock: FixedClock;
const app = tempCoreEachTest(() => ({ clock: (clock = fixedClock(FRIDAY_MORNING)) }));

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

  it('refuses an archived rep, saying how to add one, and saves nothing', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    await app.call('reps.archive', { id: ana.id });
    const before = await tableRows(app, ['action_items']);
    expect(await app.callError('actionItems.create', { repId: ana.id, title: 'Send the Initech proposal' })).toEqual({
      code: 'conflict',
      message: 'Ana Ruiz is archived. Unarchive the rep to add an action item.',
    });
    expect(await tableRows(app, ['action_items'])).toEqual(before);
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

describe('an action item from the form, between one-on-ones', () => {
  const panelTitles = async (meetingId: number) =>
    (await app.call('followUps.panel', { meetingId })).items.map((item) => item.title);

  it('comes up in the rep’s next one-on-one, not in one scheduled before it was written down', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    // Scheduled for yesterday and not marked held: it happened before the item existed.
    const yesterday = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 26) });
    const next = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 4) });
    const afterNext = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 11) });

    const proposal = await app.call('actionItems.create', {
      repId: ana.id,
      title: 'Send the Initech proposal',
      dueDate: '2026-12-04',
    });
    expect(proposal).toMatchObject({ meetingId: null, createdAt: FRIDAY_MORNING.toISOString() });
    const [item] = (await app.call('followUps.panel', { meetingId: next.id })).items;
    expect(item).toMatchObject({
      actionItemId: proposal.id,
      owner: 'rep',
      originMeetingId: null,
      originMeetingAt: null,
      dueDate: '2026-12-04',
      daysOverdue: 0,
    });
    expect(await panelTitles(yesterday.id)).toEqual([]);

    // Written down after the 4 December one-on-one took place: it waits for the one after.
    clock.set(new Date(2026, 11, 4, 15, 0));
    await app.call('actionItems.create', { repId: ana.id, title: 'Get pricing approval', owner: 'manager' });
    expect(await panelTitles(next.id)).toEqual(['Send the Initech proposal']);
    expect(await panelTitles(afterNext.id)).toEqual(['Send the Initech proposal', 'Get pricing approval']);
  });
});
