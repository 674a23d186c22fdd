import { describe, expect, it } from 'vitest';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));

const quickSync = {
  name: 'Quick sync',
  description: 'Fifteen minutes',
  sections: [{ title: 'Blockers', prompts: ['What is stuck?'] }],
};

describe('agenda templates', () => {
  it('ships four built-ins, listed first, each with sections and prompts', async () => {
    const templates = await app.call('templates.list', {});
    expect(templates.map((template) => template.name)).toEqual([
      'Weekly check-in',
      'Pipeline review',
      'Development conversation',
      'Performance improvement plan',
    ]);
    for (const template of templates) {
      expect(template.builtinKey).not.toBeNull();
      expect(template.sections.length).toBeGreaterThanOrEqual(4);
      expect(template.sections.every((section) => section.prompts.length > 0)).toBe(true);
    }
  });

  it('creates, edits and archives the manager’s own templates', async () => {
    const own = await app.call('templates.create', quickSync);
    expect(own).toMatchObject({ ...quickSync, builtinKey: null, archivedAt: null });
    const edited = await app.call('templates.update', { id: own.id, ...quickSync, name: 'Quick sync (15 min)' });
    expect(edited.name).toBe('Quick sync (15 min)');
    await app.call('templates.archive', { id: own.id });
    expect((await app.call('templates.list', {})).map((template) => template.id)).not.toContain(own.id);
    expect((await app.call('templates.list', { includeArchived: true })).find((t) => t.id === own.id)?.archivedAt).toBe(
      FRIDAY_MORNING.toISOString(),
    );
  });

  it('refuses to edit or archive a built-in, and changes nothing', async () => {
    const [weekly] = await app.call('templates.list', {});
    if (!weekly) throw new Error('no built-in');
    expect(await app.callError('templates.update', { id: weekly.id, ...quickSync })).toEqual({
      code: 'conflict',
      message: "Built-in templates can't be edited; copy it to make your own",
    });
    expect(await app.callError('templates.archive', { id: weekly.id })).toMatchObject({ code: 'conflict' });
    expect((await app.call('templates.list', {}))[0]).toEqual(weekly);
  });

  it('refuses an archived template as a rep’s default and an unknown one', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const own = await app.call('templates.create', quickSync);
    await app.call('templates.archive', { id: own.id });
    expect(await app.callError('templates.setRepDefault', { repId: ana.id, templateId: own.id })).toMatchObject({
      code: 'conflict',
    });
    expect(await app.callError('templates.setRepDefault', { repId: ana.id, templateId: 999 })).toMatchObject({
      code: 'not_found',
    });
    expect(await app.call('templates.setRepDefault', { repId: ana.id, templateId: null })).toBeNull();
  });

  it('shows the rep’s default template on the rep, and clears it', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const own = await app.call('templates.create', quickSync);
    await app.call('templates.setRepDefault', { repId: ana.id, templateId: own.id });
    expect((await app.call('reps.get', { id: ana.id })).defaultTemplateId).toBe(own.id);
    await app.call('templates.setRepDefault', { repId: ana.id, templateId: null });
    expect((await app.call('reps.get', { id: ana.id })).defaultTemplateId).toBeNull();
  });
});

describe('talking points', () => {
  it('queued points show in every one-on-one until discussed, then stay with the meeting they were ticked in', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const first = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 1) });
    const second = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 8) });
    const budget = await app.call('talkingPoints.queue', { repId: ana.id, text: 'Conference travel budget' });
    const shadowing = await app.call('talkingPoints.queue', { repId: ana.id, text: 'Shadowing a senior AE' });

    const ticked = await app.call('talkingPoints.setDiscussed', {
      id: budget.id,
      meetingId: first.id,
      discussed: true,
    });
    expect(ticked).toMatchObject({
      status: 'discussed',
      discussedInMeetingId: first.id,
      discussedAt: FRIDAY_MORNING.toISOString(),
    });
    const pointsOf = async (id: number) =>
      (await app.call('meetings.open', { id })).talkingPoints.map((point) => point.text);
    expect(await pointsOf(first.id)).toEqual(['Conference travel budget', 'Shadowing a senior AE']);
    // The undiscussed one carries to the meeting after.
    expect(await pointsOf(second.id)).toEqual(['Shadowing a senior AE']);

    const unticked = await app.call('talkingPoints.setDiscussed', {
      id: budget.id,
      meetingId: first.id,
      discussed: false,
    });
    expect(unticked).toMatchObject({ status: 'queued', discussedInMeetingId: null, discussedAt: null });
    expect(await pointsOf(second.id)).toEqual(['Conference travel budget', 'Shadowing a senior AE']);
    expect((await app.call('talkingPoints.list', { repId: ana.id })).map((point) => point.id)).toEqual([
      budget.id,
      shadowing.id,
    ]);
  });

  it('refuses another rep’s meeting, and removing a discussed point', async () => {
    const ana = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const ben = await app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    const bensMeeting = await app.call('meetings.schedule', { repId: ben.id, scheduledAt: localInstant(2026, 12, 1) });
    const anasMeeting = await app.call('meetings.schedule', { repId: ana.id, scheduledAt: localInstant(2026, 12, 1) });
    const point = await app.call('talkingPoints.queue', { repId: ana.id, text: 'Q3 territory plan' });
    expect(
      await app.callError('talkingPoints.setDiscussed', { id: point.id, meetingId: bensMeeting.id, discussed: true }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'meetingId',
    });
    await app.call('talkingPoints.setDiscussed', { id: point.id, meetingId: anasMeeting.id, discussed: true });
    expect(await app.callError('talkingPoints.remove', { id: point.id })).toMatchObject({ code: 'conflict' });

    const queued = await app.call('talkingPoints.queue', { repId: ana.id, text: 'Renewal playbook feedback' });
    expect(await app.call('talkingPoints.remove', { id: queued.id })).toBeNull();
    expect((await app.call('talkingPoints.list', { repId: ana.id })).map((p) => p.id)).toEqual([point.id]);
  });
});
