import { describe, expect, it } from 'vitest';
import { addItem, addMeeting, addRep, itemRow } from '../support/accountability-fixtures';
import { fixedClock, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

/*
 * The day a follow-up closes an item. The one-on-one is on Tuesday 30 March
 * 2027; the item, agreed on 16 March, is due Sunday 28 March.
 */
const clock = fixedClock(new Date(2027, 2, 27, 9, 0));
const app = tempCoreEachTest(() => {
  clock.set(new Date(2027, 2, 27, 9, 0));
  return { clock };
});

async function oneOnOneOn30March(status: 'scheduled' | 'held' = 'scheduled') {
  const repId = await addRep(app, 'Ana Ruiz');
  const agreedIn = await addMeeting(app, repId, localInstant(2027, 3, 16));
  const meetingId = await addMeeting(app, repId, localInstant(2027, 3, 30), status);
  const proposal = await addItem(app, {
    repId,
    meetingId: agreedIn,
    title: 'Send the proposal',
    dueDate: '2027-03-28',
  });
  const pipeline = await addItem(app, {
    repId,
    meetingId: agreedIn,
    title: 'Update the pipeline',
    dueDate: '2027-03-28',
  });
  return { repId, meetingId, proposal, pipeline };
}

const onTime = async (repId: number) =>
  (await app.call('accountability.forRep', { repId, period: { kind: 'custom', from: '2027-03-01', to: '2027-03-31' } }))
    .rep.figures;

describe('the day "done" closes an item', () => {
  it('recorded ahead of the one-on-one: the day the manager recorded it, so done before the due date is on time', async () => {
    const { repId, meetingId, proposal } = await oneOnOneOn30March();
    const recorded = await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    expect(recorded.status).toBe('done');
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'done', completed_on: '2027-03-27' });

    clock.set(new Date(2027, 2, 31, 9, 0));
    expect(await onTime(repId)).toMatchObject({ dueCount: 2, doneCount: 1, onTimeCount: 1 });
  });

  it('recorded on the one-on-one’s day: that day', async () => {
    const { meetingId, proposal, pipeline } = await oneOnOneOn30March();
    clock.set(new Date(2027, 2, 30, 11, 0));
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    await app.call('followUps.record', { meetingId, actionItemId: pipeline, outcome: 'dropped' });
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'done', completed_on: '2027-03-30' });
    expect(await itemRow(app, pipeline)).toMatchObject({ status: 'dropped', completed_on: '2027-03-30' });
  });

  it('recorded after a one-on-one held last week: the meeting’s day, when it was reviewed', async () => {
    const { repId, meetingId, proposal } = await oneOnOneOn30March('held');
    clock.set(new Date(2027, 3, 6, 17, 0));
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    expect(await itemRow(app, proposal)).toMatchObject({ completed_on: '2027-03-30' });
    expect(await onTime(repId)).toMatchObject({ doneCount: 1, onTimeCount: 0 });
  });

  it('recorded again later: the new recording’s day decides', async () => {
    const { meetingId, proposal } = await oneOnOneOn30March();
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'not_done' });
    clock.set(new Date(2027, 2, 29, 9, 0));
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'done', carry_count: 0, completed_on: '2027-03-29' });
  });

  it('a note added to the outcome later keeps the day it was recorded', async () => {
    const { meetingId, proposal } = await oneOnOneOn30March();
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    clock.set(new Date(2027, 2, 29, 9, 0));
    const noted = await app.call('followUps.record', {
      meetingId,
      actionItemId: proposal,
      outcome: 'done',
      note: 'Sent on Saturday',
    });
    expect(noted.check).toMatchObject({
      note: 'Sent on Saturday',
      createdAt: new Date(2027, 2, 27, 9, 0).toISOString(),
    });
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'done', completed_on: '2027-03-27' });
  });
});

describe('rescheduling a one-on-one whose follow-ups closed items', () => {
  it('moved later after an early recording: the done day stays the day it was recorded, never a day to come', async () => {
    const { meetingId, proposal } = await oneOnOneOn30March();
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    await app.call('meetings.reschedule', { id: meetingId, scheduledAt: localInstant(2027, 4, 2) });
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'done', completed_on: '2027-03-27' });
  });

  it('moved to a day before the recording (it took place earlier): the done day follows the meeting', async () => {
    const { repId, meetingId, proposal, pipeline } = await oneOnOneOn30March();
    clock.set(new Date(2027, 2, 30, 11, 0));
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    await app.call('followUps.record', { meetingId, actionItemId: pipeline, outcome: 'dropped' });
    await app.call('meetings.reschedule', { id: meetingId, scheduledAt: localInstant(2027, 3, 26) });
    expect(await itemRow(app, proposal)).toMatchObject({ completed_on: '2027-03-26' });
    expect(await itemRow(app, pipeline)).toMatchObject({ completed_on: '2027-03-26' });
    expect(await onTime(repId)).toMatchObject({ dueCount: 1, onTimeCount: 1 });

    // And back again: never later than the day it was recorded.
    await app.call('meetings.reschedule', { id: meetingId, scheduledAt: localInstant(2027, 4, 9) });
    expect(await itemRow(app, proposal)).toMatchObject({ completed_on: '2027-03-30' });
  });

  it('moved before anything was recorded: outcomes recorded then close on the new day', async () => {
    const { meetingId, proposal } = await oneOnOneOn30March();
    await app.call('meetings.reschedule', { id: meetingId, scheduledAt: localInstant(2027, 3, 25) });
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    expect(await itemRow(app, proposal)).toMatchObject({ completed_on: '2027-03-25' });
  });

  it('leaves carried items and items reopened since as they are', async () => {
    const { meetingId, proposal, pipeline } = await oneOnOneOn30March();
    await app.call('followUps.record', {
      meetingId,
      actionItemId: pipeline,
      outcome: 'not_done',
      newDueDate: '2027-04-06',
    });
    await app.call('followUps.record', { meetingId, actionItemId: proposal, outcome: 'done' });
    await app.call('actionItems.update', { id: proposal, status: 'open' });
    await app.call('meetings.reschedule', { id: meetingId, scheduledAt: localInstant(2027, 3, 20) });
    expect(await itemRow(app, pipeline)).toMatchObject({ status: 'open', carry_count: 1, due_date: '2027-04-06' });
    expect(await itemRow(app, proposal)).toMatchObject({ status: 'open', completed_on: null });
  });
});
