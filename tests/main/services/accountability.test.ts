import { describe, expect, it } from 'vitest';
import { addItem, addMeeting, addRep, database, threeOneOnOnes } from '../support/accountability-fixtures';
import { FRIDAY_MORNING, fixedClock, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));

describe('the accountability loop, as a manager sees it (today is Friday 27 November 2026)', () => {
  it('one rep, three one-on-ones: the figures match the product rules’ definitions worked by hand', async () => {
    const { repId, second, third, proposal, pipeline, pricing } = await threeOneOnOnes(
      app,
      localInstant(2026, 11, 27, 11),
    );

    // Meeting 2: all three come up; done, not done (new due date 26 Nov), dropped.
    expect((await app.call('followUps.panel', { meetingId: second })).items).toHaveLength(3);
    await app.call('followUps.record', { meetingId: second, actionItemId: proposal, outcome: 'done' });
    await app.call('followUps.record', {
      meetingId: second,
      actionItemId: pipeline,
      outcome: 'not_done',
      newDueDate: '2026-11-26',
    });
    await app.call('followUps.record', { meetingId: second, actionItemId: pricing, outcome: 'dropped' });

    // Before meeting 3. The rep's D (due in the last 90 days, not after today, not dropped):
    //   proposal (due 18 Nov, done 20 Nov) and pipeline (due 26 Nov, open) → |D| = 2.
    //   follow-through = 1 done / 2 = 0.5; on-time = 0 / 2 (done two days late);
    //   coverage = (proposal done + pipeline checked in meeting 2) / 2 = 1.
    //   Days late: proposal 20 − 18 = 2, pipeline 27 − 26 = 1 → average 1.5.
    //   The manager's D is empty (pricing was dropped) → no data.
    let view = await app.call('accountability.forRep', { repId, period: { kind: 'last', days: 90 } });
    expect(view.rep.figures).toMatchObject({
      dueCount: 2,
      followThroughRate: 1 / 2,
      onTimeRate: 0,
      coverageRate: 2 / 2,
      averageDaysOverdue: 1.5,
      openCount: 1,
      overdueCount: 1,
    });
    expect(view.manager.figures).toMatchObject({ dueCount: 0, followThroughRate: null, coverageRate: null });
    let [row] = (await app.call('team.overview', {})).rows;
    expect(row).toMatchObject({
      repId,
      followThroughRate: 0.5,
      coverageRate: 1,
      openCommitments: 1,
      overdueCommitments: 1,
      meetingOverdue: false,
    });
    // 50 % is below the 60 % bar, but two due items are too few to call it a pattern.
    expect(row?.attentionReasons).toEqual(['1 commitment overdue']);

    // Meeting 3: only the not-done item, carried once; it is done now.
    const panel = await app.call('followUps.panel', { meetingId: third });
    expect(panel.items.map((item) => [item.actionItemId, item.carryCount])).toEqual([[pipeline, 1]]);
    await app.call('followUps.record', { meetingId: third, actionItemId: pipeline, outcome: 'done' });

    // After: D is still proposal and pipeline, both done, both late (20 > 18, 27 > 26).
    //   follow-through = 2 / 2 = 1; on-time = 0 / 2 = 0; coverage = 2 / 2 = 1; days late (2 + 1) / 2 = 1.5.
    view = await app.call('accountability.forRep', { repId, period: { kind: 'last', days: 90 } });
    expect(view.rep.figures).toMatchObject({
      dueCount: 2,
      doneCount: 2,
      followThroughRate: 1,
      onTimeRate: 0,
      coverageRate: 1,
      averageDaysOverdue: 1.5,
      openCount: 0,
      overdueCount: 0,
    });
    expect(view.rep.monthly).toHaveLength(12);
    expect(view.rep.monthly.at(-1)).toEqual({
      month: '2026-11',
      dueCount: 2,
      followThroughRate: 1,
      onTimeRate: 0,
      coverageRate: 1,
    });
    expect(view.rep.monthly.at(-2)).toMatchObject({ month: '2026-10', followThroughRate: null });
    [row] = (await app.call('team.overview', {})).rows;
    expect(row).toMatchObject({
      followThroughRate: 1,
      coverageRate: 1,
      openCommitments: 0,
      overdueCommitments: 0,
      attentionScore: 0,
      attentionReasons: [],
    });
    expect(row?.trend.map((point) => point.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);

    // The commitments with their whole check history, newest due date first.
    expect(
      view.commitments.map((item) => [
        item.title,
        item.owner,
        item.status,
        item.carryCount,
        item.checks.map((check) => check.outcome),
      ]),
    ).toEqual([
      ['Update the pipeline', 'rep', 'done', 1, ['not_done', 'done']],
      ['Get pricing approval', 'manager', 'dropped', 0, ['dropped']],
      ['Send the Acme proposal', 'rep', 'done', 0, ['done']],
    ]);
    expect(view.commitments[0]?.checks[0]).toMatchObject({
      meetingId: second,
      newDueDate: '2026-11-26',
      previousDueDate: '2026-11-19',
    });
  });

  it('ranks the rep who needs attention first and says why', async () => {
    const calm = await addRep(app, 'Ana Ruiz');
    const behind = await addRep(app, 'Ben Okafor');
    await addMeeting(app, calm, localInstant(2026, 11, 24));
    const old = await addMeeting(app, behind, localInstant(2026, 11, 8));
    for (const [index, due] of ['2026-11-10', '2026-11-12', '2026-11-20'].entries()) {
      await addItem(app, {
        repId: behind,
        meetingId: old,
        title: `Commitment ${index}`,
        dueDate: due,
        position: index,
      });
    }
    const sql = database(app);
    await sql.query(
      `INSERT INTO goals (rep_id, title, kind, metric, unit, start_value, target_value, start_date, end_date, status, created_at, updated_at)
       VALUES (?, 'Q4 quota', 'metric', 'Quota attained', 'currency', 0, 100000, '2026-10-01', '2026-12-31', 'active', ?, ?)`,
      [behind, localInstant(2026, 10, 1), localInstant(2026, 10, 1)],
    );
    const [{ id: skillId } = { id: 0 }]: Array<{ id: number }> = await sql.query(
      `SELECT id FROM skills WHERE name = 'Discovery questions'`,
    );
    for (const [index, rating] of [4, 4, 2].entries()) {
      const meetingId = await addMeeting(app, behind, localInstant(2026, 10, 1 + index * 7));
      await sql.query(
        'INSERT INTO skill_ratings (skill_id, meeting_id, rep_id, rating, created_at) VALUES (?, ?, ?, ?, ?)',
        [skillId, meetingId, behind, rating, localInstant(2026, 10, 1)],
      );
    }

    const overview = await app.call('team.overview', { period: { kind: 'last', days: 30 } });
    expect(overview.rows.map((row) => row.repName)).toEqual(['Ben Okafor', 'Ana Ruiz']);
    expect(overview.rows[0]).toMatchObject({
      meetingOverdue: true,
      daysSinceLastHeld: 19,
      overdueCommitments: 3,
      followThroughRate: 0,
    });
    // Follow-through 0 % weighs 2 + 6; 19 days without a one-on-one (12 past the weekly cadence) 3 + 1.
    expect(overview.rows[0]?.attentionReasons).toEqual([
      'follow-through 0 % (last 30 days)',
      'no one-on-one for 19 days',
      '3 commitments overdue',
      'goal off track: Q4 quota',
      'skill rating falling: Discovery questions',
    ]);
    expect(overview.rows[1]).toMatchObject({ attentionScore: 0, followThroughRate: null, dueCount: 0 });
    expect(overview.period).toEqual({ from: '2026-10-29', to: '2026-11-27', label: 'last 30 days' });
  });

  it('filters the team view by team and leaves archived reps out', async () => {
    const ana = await addRep(app, 'Ana Ruiz');
    await app.call('reps.create', { name: 'Cleo Park', cadence: 'weekly', team: 'SMB' });
    const archived = await addRep(app, 'Dev Shah');
    await app.call('reps.archive', { id: archived });
    expect((await app.call('team.overview', { team: 'Enterprise' })).rows.map((row) => row.repId)).toEqual([ana]);
    expect((await app.call('team.overview', {})).rows).toHaveLength(2);
  });

  it('refuses a bad period and an unknown rep', async () => {
    expect(await app.callError('team.overview', { period: { kind: 'last', days: 7 } })).toMatchObject({
      code: 'invalid_input',
      field: 'period',
    });
    expect(
      await app.callError('accountability.forRep', {
        repId: 1,
        period: { kind: 'custom', from: '2026-11-01', to: '2026-10-01' },
      }),
    ).toMatchObject({
      code: 'invalid_input',
    });
    expect(await app.callError('accountability.forRep', { repId: 999 })).toMatchObject({ code: 'not_found' });
  });
});

describe('the Today list', () => {
  it('shows today’s one-on-ones, follow-ups due by rep and meetings overdue by cadence', async () => {
    const ana = await addRep(app, 'Ana Ruiz');
    const ben = await addRep(app, 'Ben Okafor', 'biweekly');
    const earlier = await addMeeting(app, ana, localInstant(2026, 11, 20));
    const today = await addMeeting(app, ana, localInstant(2026, 11, 27, 14), 'scheduled');
    await addMeeting(app, ben, localInstant(2026, 11, 1));
    await addMeeting(app, ben, localInstant(2026, 11, 28), 'scheduled');
    await addItem(app, { repId: ana, meetingId: earlier, title: 'Due today', dueDate: '2026-11-27' });
    await addItem(app, { repId: ana, meetingId: earlier, title: 'Overdue', owner: 'manager', dueDate: '2026-11-25' });
    await addItem(app, { repId: ana, meetingId: earlier, title: 'Next week', dueDate: '2026-12-04' });

    const reminders = await app.call('reminders.today', {});
    expect(reminders.today).toBe('2026-11-27');
    expect(reminders.oneOnOnes).toEqual([
      {
        meetingId: today,
        repId: ana,
        repName: 'Ana Ruiz',
        scheduledAt: localInstant(2026, 11, 27, 14),
        status: 'scheduled',
      },
    ]);
    expect(reminders.followUpsDue).toEqual([
      {
        repId: ana,
        repName: 'Ana Ruiz',
        items: [
          expect.objectContaining({ title: 'Overdue', owner: 'manager', daysOverdue: 2 }),
          expect.objectContaining({ title: 'Due today', daysOverdue: 0 }),
        ],
      },
    ]);
    expect(reminders.meetingsOverdue).toEqual([
      {
        repId: ben,
        repName: 'Ben Okafor',
        cadence: 'biweekly',
        lastHeldOn: '2026-11-01',
        daysSinceLastHeld: 26,
        nextOneOnOneAt: localInstant(2026, 11, 28),
      },
    ]);
  });

  it('switches notifications off and on in Settings', async () => {
    expect(await app.call('settings.update', { notifications: false })).toEqual({
      theme: 'system',
      notifications: false,
      spellCheckDownloads: false,
    });
    expect(await app.callError('settings.update', { notifications: 'no' })).toMatchObject({ field: 'notifications' });
    expect((await app.call('settings.get', {})).notifications).toBe(false);
  });
});
