import { describe, expect, it } from 'vitest';
import { doc, heading, paragraph } from '../../shared/support/notes';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));

const createRep = (name = 'Ana Ruiz', cadence: 'weekly' | 'biweekly' | 'monthly' = 'weekly') =>
  app.call('reps.create', { name, cadence });

describe('scheduling one-on-ones', () => {
  it('suggests the next weekday at 10:00 for a new rep, then one cadence after the latest meeting', async () => {
    const ana = await createRep();
    expect(await app.call('meetings.suggestSlot', { repId: ana.id })).toEqual({
      scheduledAt: localInstant(2026, 11, 30, 10),
    });

    await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 1, 14, 30) });
    expect(await app.call('meetings.suggestSlot', { repId: ana.id })).toEqual({
      scheduledAt: localInstant(2026, 12, 8, 14, 30),
    });

    const ben = await createRep('Ben Okafor', 'biweekly');
    await app.call('meetings.schedule', { repId: ben.id, scheduledAt: localInstant(2026, 12, 1, 9) });
    expect((await app.call('meetings.suggestSlot', { repId: ben.id })).scheduledAt).toBe(localInstant(2026, 12, 15, 9));

    const cleo = await createRep('Cleo Park', 'monthly');
    await app.call('meetings.schedule', { repId: cleo.id, scheduledAt: localInstant(2026, 12, 1, 9) });
    expect((await app.call('meetings.suggestSlot', { repId: cleo.id })).scheduledAt).toBe(localInstant(2027, 1, 1, 9));
  });

  it('counts from the latest meeting that was not cancelled, rolling past dates forward', async () => {
    const ana = await createRep();
    const held = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 3, 11) });
    await app.call('meetings.setStatus', { id: held.id, status: 'held' });
    const cancelled = await app.call('meetings.schedule', {
      repId: ana.id,
      scheduledAt: localInstant(2026, 12, 20, 11),
    });
    await app.call('meetings.setStatus', { id: cancelled.id, status: 'cancelled' });
    // 3 Nov + 7 = 10 Nov, 17 Nov, 24 Nov are past on Friday 27 Nov: the next is 1 Dec.
    expect((await app.call('meetings.suggestSlot', { repId: ana.id })).scheduledAt).toBe(localInstant(2026, 12, 1, 11));
  });

  it('builds the agenda from the built-in weekly check-in, the rep’s default, or the chosen template', async () => {
    const ana = await createRep();
    const first = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 1) });
    const opened = await app.call('meetings.open', { id: first.id });
    expect(opened.agenda.map((line) => line.title)[0]).toBe("Follow up on last week's commitments");
    expect(
      opened.agenda.every((line) => /^[0-9a-f-]{36}$/.test(line.id) && !line.done && line.prompts.length > 0),
    ).toBe(true);
    expect(new Set(opened.agenda.map((line) => line.id)).size).toBe(opened.agenda.length);

    const templates = await app.call('templates.list', {});
    const pipeline = templates.find((template) => template.builtinKey === 'pipeline-review');
    if (!pipeline) throw new Error('pipeline review template missing');
    await app.call('templates.setRepDefault', { repId: ana.id, templateId: pipeline.id });
    const second = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 8) });
    expect((await app.call('meetings.open', { id: second.id })).agenda[0]?.title).toBe('Forecast at a glance');

    const own = await app.call('templates.create', {
      name: 'Quick sync',
      sections: [{ title: 'Blockers', prompts: [] }],
    });
    const third = await app.call('meetings.schedule', {
      repId: ana.id,
      scheduledAt: localInstant(2026, 12, 15),
      templateId: own.id,
    });
    expect((await app.call('meetings.open', { id: third.id })).agenda.map((line) => line.title)).toEqual(['Blockers']);
  });

  it('refuses to schedule for an archived rep', async () => {
    const ana = await createRep();
    await app.call('reps.archive', { id: ana.id });
    expect(
      await app.callError('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 1) }),
    ).toMatchObject({
      code: 'conflict',
    });
    expect(await app.call('meetings.listForRep', { repId: ana.id })).toEqual([]);
  });
});

describe('rescheduling and status', () => {
  it('moves only the date: agenda, notes, revision and queued talking points stay', async () => {
    const ana = await createRep();
    const meeting = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 1) });
    const before = await app.call('meetings.open', { id: meeting.id });
    const agenda = before.agenda.map((line, index) => ({ ...line, done: index === 0 }));
    await app.call('meetings.updateAgenda', { id: meeting.id, agenda });
    const notes = doc(heading('Pipeline'), paragraph('Acme is close to signing.'));
    await app.call('meetings.saveNotes', {
      id: meeting.id,
      baseRevision: 0,
      shared: notes,
      private: doc(paragraph('Seems tired')),
    });
    const point = await app.call('talkingPoints.queue', { repId: ana.id, text: 'Conference travel budget' });

    const moved = await app.call('meetings.reschedule', { id: meeting.id, scheduledAt: localInstant(2026, 12, 3, 15) });
    expect(moved).toMatchObject({ id: meeting.id, scheduledAt: localInstant(2026, 12, 3, 15), status: 'scheduled' });
    const after = await app.call('meetings.open', { id: meeting.id });
    expect(after.agenda).toEqual(agenda);
    expect(after.sharedNotes).toEqual(notes);
    expect(after.privateNotes).toEqual(doc(paragraph('Seems tired')));
    expect(after.notesRevision).toBe(1);
    expect(after.talkingPoints.map((p) => p.id)).toEqual([point.id]);
  });

  it('refuses to reschedule a held one-on-one', async () => {
    const ana = await createRep();
    const meeting = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 20) });
    await app.call('meetings.setStatus', { id: meeting.id, status: 'held' });
    expect(
      await app.callError('meetings.reschedule', { id: meeting.id, scheduledAt: localInstant(2026, 12, 1) }),
    ).toMatchObject({
      code: 'conflict',
    });
    expect((await app.call('meetings.open', { id: meeting.id })).meeting.scheduledAt).toBe(localInstant(2026, 11, 20));
  });

  it('records when a one-on-one was held or cancelled, and clears it when set back to scheduled', async () => {
    const ana = await createRep();
    const meeting = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 27, 8) });
    const stamp = FRIDAY_MORNING.toISOString();
    expect(await app.call('meetings.setStatus', { id: meeting.id, status: 'held' })).toMatchObject({
      status: 'held',
      heldAt: stamp,
      cancelledAt: null,
    });
    expect(await app.call('meetings.setStatus', { id: meeting.id, status: 'cancelled' })).toMatchObject({
      heldAt: null,
      cancelledAt: stamp,
    });
    expect(await app.call('meetings.setStatus', { id: meeting.id, status: 'scheduled' })).toMatchObject({
      heldAt: null,
      cancelledAt: null,
    });
  });
});

describe('meeting lists', () => {
  it('lists upcoming one-on-ones from the start of today, active reps only, soonest first', async () => {
    const ana = await createRep();
    const ben = await createRep('Ben Okafor');
    const gone = await createRep('Gone Rep');
    await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 26, 10) });
    const earlierToday = await app.call('meetings.schedule', {
      repId: ana.id,
      scheduledAt: localInstant(2026, 11, 27, 8),
    });
    const benNext = await app.call('meetings.schedule', { repId: ben.id, scheduledAt: localInstant(2026, 11, 30, 9) });
    const held = await app.call('meetings.schedule', { repId: ben.id, scheduledAt: localInstant(2026, 11, 29, 9) });
    await app.call('meetings.setStatus', { id: held.id, status: 'held' });
    await app.call('meetings.schedule', { repId: gone.id, scheduledAt: localInstant(2026, 11, 28, 9) });
    await app.call('reps.archive', { id: gone.id });

    const upcoming = await app.call('meetings.upcoming', {});
    expect(upcoming.map((m) => [m.id, m.repName])).toEqual([
      [earlierToday.id, 'Ana Ruiz'],
      [benNext.id, 'Ben Okafor'],
    ]);
    expect(await app.call('meetings.upcoming', { limit: 1 })).toHaveLength(1);
  });

  it('lists a rep’s one-on-ones newest first, filtered by status', async () => {
    const ana = await createRep();
    const first = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 10) });
    const second = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 11, 17) });
    await app.call('meetings.setStatus', { id: first.id, status: 'held' });
    expect((await app.call('meetings.listForRep', { repId: ana.id })).map((m) => m.id)).toEqual([second.id, first.id]);
    expect((await app.call('meetings.listForRep', { repId: ana.id, status: 'held' })).map((m) => m.id)).toEqual([
      first.id,
    ]);
  });
});
