import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEntry, TimelineCursor } from '@shared/timeline/timeline';
import { doc, paragraph } from '../../shared/support/notes';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));
let repId: number;
beforeEach(async () => {
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' })).id;
});

async function history() {
  const first = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 6) });
  const second = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 13) });
  await app.call('meetings.setStatus', { id: first.id, status: 'held' });
  await app.call('meetings.saveNotes', {
    id: second.id,
    baseRevision: 0,
    shared: doc(paragraph('Acme renewal went well')),
    private: doc(paragraph('tired')),
  });
  const item = await app.call('actionItems.create', { repId, meetingId: first.id, title: 'Call Acme' });
  await app.core.dataSource?.query(
    `INSERT INTO follow_up_checks (action_item_id, meeting_id, outcome, note, created_at) VALUES (?, ?, 'not_done', 'Busy', ?)`,
    [item.id, second.id, FRIDAY_MORNING.toISOString()],
  );
  const [check] = (await app.core.dataSource?.query('SELECT id FROM follow_up_checks')) as Array<{ id: number }>;
  const closing = (await app.call('skills.list', {})).find((skill) => skill.name === 'Closing')?.id ?? 0;
  const rating = await app.call('skills.rate', { meetingId: second.id, skillId: closing, rating: 3, note: 'Better' });
  const goal = await app.call('goals.create', {
    repId,
    kind: 'metric',
    title: 'Q4 quota',
    metric: 'Quota attained',
    unit: 'currency',
    startValue: 0,
    targetValue: 100,
    startDate: '2026-10-01',
    endDate: '2026-12-31',
  });
  const checkIn = await app.call('goals.addCheckIn', { goalId: goal.id, date: '2026-11-10', value: 30 });
  return { first, second, item, checkId: check?.id ?? 0, rating, goal, checkIn };
}

const keys = (entries: TimelineEntry[]) => entries.map((entry) => `${entry.kind}:${entry.id}`);

describe('the rep timeline', () => {
  it('lists every kind newest first, a one-on-one above what was recorded in it', async () => {
    const h = await history();
    const page = await app.call('timeline.page', { repId });
    expect(keys(page.entries)).toEqual([
      `meeting:${h.second.id}`,
      `follow_up:${h.checkId}`,
      `rating:${h.rating.id}`,
      `check_in:${h.checkIn.id}`,
      `meeting:${h.first.id}`,
    ]);
    expect(page.nextCursor).toBeNull();
    expect(page.entries[0]).toMatchObject({
      kind: 'meeting',
      excerpt: 'Acme renewal went well',
      hasPrivateNotes: true,
      status: 'scheduled',
    });
    expect(page.entries[1]).toMatchObject({
      actionItemId: h.item.id,
      actionItemTitle: 'Call Acme',
      outcome: 'not_done',
      meetingId: h.second.id,
    });
    expect(page.entries[2]).toMatchObject({ skillName: 'Closing', rating: 3, note: 'Better' });
    expect(page.entries[3]).toMatchObject({
      goalId: h.goal.id,
      goalTitle: 'Q4 quota',
      value: 30,
      unit: 'currency',
      date: '2026-11-10',
    });
  });

  it('filters by kind and by date range', async () => {
    const h = await history();
    expect(keys((await app.call('timeline.page', { repId, kinds: ['meeting'] })).entries)).toEqual([
      `meeting:${h.second.id}`,
      `meeting:${h.first.id}`,
    ]);
    expect(keys((await app.call('timeline.page', { repId, kinds: ['check_in', 'rating'] })).entries)).toEqual([
      `rating:${h.rating.id}`,
      `check_in:${h.checkIn.id}`,
    ]);
    expect(keys((await app.call('timeline.page', { repId, from: '2026-11-07', to: '2026-11-12' })).entries)).toEqual([
      `check_in:${h.checkIn.id}`,
    ]);
    expect(keys((await app.call('timeline.page', { repId, to: '2026-11-06' })).entries)).toEqual([
      `meeting:${h.first.id}`,
    ]);
  });

  it('pages by keyset: walking small pages gives the whole list once, in order', async () => {
    const h = await history();
    // More one-on-ones on the same instant as another, to exercise the (timestamp, kind, id) tie-break.
    for (let index = 0; index < 5; index += 1) {
      await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 13) });
    }
    const all = (await app.call('timeline.page', { repId, pageSize: 200 })).entries;
    expect(all).toHaveLength(10);
    const walked: TimelineEntry[] = [];
    let after: TimelineCursor | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: { entries: TimelineEntry[]; nextCursor: TimelineCursor | null } = await app.call('timeline.page', {
        repId,
        pageSize: 3,
        after,
      });
      walked.push(...page.entries);
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(keys(walked)).toEqual(keys(all));
    expect(h.first.id).toBeGreaterThan(0);
  });

  it('opens each kind of entry in full', async () => {
    const h = await history();
    const meeting = await app.call('timeline.entry', { kind: 'meeting', id: h.second.id });
    if (meeting.kind !== 'meeting') throw new Error('wrong kind');
    expect(meeting.sharedNotes).toEqual(doc(paragraph('Acme renewal went well')));
    expect(meeting.privateNotes).toEqual(doc(paragraph('tired')));
    expect(meeting.followUps.map((entry) => entry.id)).toEqual([h.checkId]);
    expect(meeting.ratings.map((rating) => rating.id)).toEqual([h.rating.id]);

    expect(await app.call('timeline.entry', { kind: 'follow_up', id: h.checkId })).toMatchObject({
      actionItem: { id: h.item.id, title: 'Call Acme' },
      meeting: { id: h.second.id },
    });
    expect(await app.call('timeline.entry', { kind: 'check_in', id: h.checkIn.id })).toMatchObject({
      checkIn: { value: 30 },
      goal: { id: h.goal.id, title: 'Q4 quota' },
    });
    expect(await app.call('timeline.entry', { kind: 'rating', id: h.rating.id })).toMatchObject({
      rating: { skillName: 'Closing' },
      meeting: { id: h.second.id },
    });
    expect(await app.callError('timeline.entry', { kind: 'rating', id: 999 })).toMatchObject({ code: 'not_found' });
  });

  it('refuses an unknown rep, a bad kind, a reversed range and a page too large', async () => {
    expect(await app.callError('timeline.page', { repId: 999 })).toMatchObject({ code: 'not_found' });
    expect(await app.callError('timeline.page', { repId, kinds: ['email'] })).toMatchObject({ code: 'invalid_input' });
    expect(await app.callError('timeline.page', { repId, from: '2026-11-10', to: '2026-11-01' })).toMatchObject({
      field: 'to',
    });
    expect(await app.callError('timeline.page', { repId, pageSize: 10_000 })).toMatchObject({ field: 'pageSize' });
  });
});
