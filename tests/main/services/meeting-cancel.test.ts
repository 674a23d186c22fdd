import { describe, expect, it } from 'vitest';
import { addMeeting, database, threeOneOnOnes } from '../support/accountability-fixtures';
import { FRIDAY_MORNING, fixedClock, localInstant } from '../support/fixed-clock';
import type { TempCore } from '../support/temp-core';
import { tempCoreEachTest } from '../support/temp-core-each-test';
import { doc, paragraph, taskItem, taskList } from '../../shared/support/notes';

/*
 * A one-on-one cancelled after follow-ups were recorded in it. Today is Friday
 * 27 November 2026, 09:00; Ana's third one-on-one is at 10:00 today (see threeOneOnOnes).
 */
const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));

interface ItemState {
  id: number;
  status: string;
  due_date: string | null;
  carry_count: number;
  completed_on: string | null;
  closed_at: string | null;
}

const items = (core: TempCore): Promise<ItemState[]> =>
  database(core).query(
    'SELECT id, status, due_date, carry_count, completed_on, closed_at FROM action_items ORDER BY id',
  );
const checksIn = async (meetingId: number): Promise<string[]> =>
  (
    (await database(app).query('SELECT outcome FROM follow_up_checks WHERE meeting_id = ? ORDER BY id', [
      meetingId,
    ])) as Array<{ outcome: string }>
  ).map((row) => row.outcome);
const cancel = (id: number) => app.call('meetings.setStatus', { id, status: 'cancelled' });

describe('cancelling a one-on-one that recorded follow-ups', () => {
  it('undoes each outcome: status, carry count, due date and done day exactly as before', async () => {
    const { repId, second, third, proposal, pipeline, pricing } = await threeOneOnOnes(app);
    // An earlier carry the cancel must not touch: partly done on 20 Nov, new due date 26 Nov.
    await app.call('followUps.record', {
      meetingId: second,
      actionItemId: pipeline,
      outcome: 'partly_done',
      newDueDate: '2026-11-26',
    });
    const before = await items(app);

    await app.call('followUps.record', { meetingId: third, actionItemId: proposal, outcome: 'done' });
    await app.call('followUps.record', {
      meetingId: third,
      actionItemId: pipeline,
      outcome: 'not_done',
      note: 'CRM export still missing',
      newDueDate: '2026-12-04',
    });
    await app.call('followUps.record', { meetingId: third, actionItemId: pricing, outcome: 'dropped' });
    expect(await app.call('meetings.cancellation', { id: third })).toMatchObject({
      followUps: 3,
      blockedBy: null,
    });

    expect(await cancel(third)).toMatchObject({ status: 'cancelled' });
    expect(await items(app)).toEqual(before);
    expect(await checksIn(third)).toEqual([]);
    expect(await checksIn(second)).toEqual(['partly_done']);

    // The next one-on-one finds all three open, carried once for the meeting that did happen.
    const next = await addMeeting(app, repId, localInstant(2026, 12, 4), 'scheduled');
    const panel = await app.call('followUps.panel', { meetingId: next });
    expect(panel.items.map((item) => [item.actionItemId, item.status, item.carryCount, item.dueDate])).toEqual([
      [proposal, 'open', 0, '2026-11-18'],
      [pipeline, 'open', 1, '2026-11-26'],
      [pricing, 'open', 0, '2026-11-19'],
    ]);
  });

  it('puts the accountability figures back: follow-through and coverage no longer count it', async () => {
    const { repId, third, proposal, pipeline } = await threeOneOnOnes(app);
    await app.call('followUps.record', { meetingId: third, actionItemId: proposal, outcome: 'done' });
    await app.call('followUps.record', { meetingId: third, actionItemId: pipeline, outcome: 'not_done' });
    const figures = async () =>
      (await app.call('accountability.forRep', { repId, period: { kind: 'last', days: 30 } })).rep.figures;
    expect(await figures()).toMatchObject({ dueCount: 2, doneCount: 1, coverageRate: 1 });

    await cancel(third);
    // Proposal (due 18 Nov) and pipeline (due 19 Nov): neither done, neither ever checked.
    expect(await figures()).toMatchObject({ dueCount: 2, doneCount: 0, followThroughRate: 0, coverageRate: 0 });
    expect((await app.call('team.overview', {})).rows[0]).toMatchObject({ followThroughRate: 0, coverageRate: 0 });
  });

  it('removes its skill ratings and requeues its discussed talking points; keeps its notes, their action items and goal check-ins', async () => {
    const { repId, third } = await threeOneOnOnes(app);
    const [skill] = await app.call('skills.list', {});
    await app.call('skills.rate', { meetingId: third, skillId: skill?.id ?? 0, rating: 2, note: 'Rushed the close' });
    const point = await app.call('talkingPoints.queue', { repId, text: 'Ask about the Initech renewal' });
    await app.call('talkingPoints.setDiscussed', { id: point.id, meetingId: third, discussed: true });
    const goal = await app.call('goals.create', {
      repId,
      kind: 'metric',
      title: 'Q4 quota',
      metric: 'Quota attained',
      unit: 'currency',
      startValue: 0,
      targetValue: 100_000,
      startDate: '2026-10-01',
      endDate: '2026-12-31',
    });
    await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-27', value: 40_000, meetingId: third });
    const notes = doc(paragraph('Talked pipeline.'), taskList(taskItem('Call Globex back', { clientKey: 'k1' })));
    const saved = await app.call('meetings.saveNotes', { id: third, baseRevision: 0, shared: notes });
    const typed = saved.actionItems[0]?.id ?? 0;

    expect(await app.call('meetings.cancellation', { id: third })).toEqual({
      meetingId: third,
      followUps: 0,
      skillRatings: 1,
      talkingPointsDiscussed: 1,
      actionItems: 1,
      goalCheckIns: 1,
      blockedBy: null,
    });
    await cancel(third);

    expect(await app.call('skills.ratingsForMeeting', { meetingId: third })).toEqual([]);
    const trends = await app.call('skills.trendsForRep', { repId });
    expect(trends.skills.flatMap((trend) => trend.points)).toEqual([]);
    expect((await app.call('talkingPoints.list', { repId }))[0]).toMatchObject({
      id: point.id,
      status: 'queued',
      discussedInMeetingId: null,
    });
    expect(await app.call('goals.get', { id: goal.id })).toMatchObject({ latestValue: 40_000, checkInCount: 1 });

    const workspace = await app.call('meetings.open', { id: third });
    expect(JSON.stringify(workspace.sharedNotes)).toContain('Talked pipeline.');
    expect(workspace.actionItems.map((item) => [item.id, item.title, item.status])).toEqual([
      [typed, 'Call Globex back', 'open'],
    ]);
    // A commitment typed in it was made: it comes up at the next one-on-one like any other.
    const next = await addMeeting(app, repId, localInstant(2026, 12, 4), 'scheduled');
    const panel = await app.call('followUps.panel', { meetingId: next });
    expect(panel.items.map((item) => item.actionItemId)).toContain(typed);
  });

  it('undoes a held one-on-one’s follow-ups too, and putting it back on the schedule does not bring them back', async () => {
    const { second, proposal } = await threeOneOnOnes(app);
    const before = await items(app);
    await app.call('followUps.record', { meetingId: second, actionItemId: proposal, outcome: 'done' });
    await cancel(second);
    expect(await items(app)).toEqual(before);

    await app.call('meetings.setStatus', { id: second, status: 'scheduled' });
    expect(await checksIn(second)).toEqual([]);
    expect(
      await app.call('followUps.record', { meetingId: second, actionItemId: proposal, outcome: 'done' }),
    ).toMatchObject({ status: 'done', check: { outcome: 'done' } });
  });

  it('is refused, changing nothing, when a later one-on-one already followed up the same item', async () => {
    const { second, third, pipeline } = await threeOneOnOnes(app);
    await app.call('followUps.record', { meetingId: second, actionItemId: pipeline, outcome: 'not_done' });
    await app.call('followUps.record', { meetingId: third, actionItemId: pipeline, outcome: 'done' });
    const before = await items(app);

    const preview = await app.call('meetings.cancellation', { id: second });
    expect(preview.blockedBy).toContain('“Update the pipeline” was followed up again in the one-on-one on 2026-11-27');
    const error = await app.callError('meetings.setStatus', { id: second, status: 'cancelled' });
    expect(error).toMatchObject({ code: 'conflict', message: preview.blockedBy });
    expect(await items(app)).toEqual(before);
    expect(await checksIn(second)).toEqual(['not_done']);
    expect((await app.call('meetings.open', { id: second })).meeting.status).toBe('held');
  });
});
