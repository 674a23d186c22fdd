import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { refusedUnchanged } from '../support/refused-unchanged';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));
let repId: number;
let goalId: number;
let meetingId: number;
beforeEach(async () => {
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', email: 'Ana@Example.com', cadence: 'weekly' })).id;
  await app.call('reps.create', { name: 'Ben Okafor', email: 'ben@example.com', cadence: 'weekly' });
  goalId = (
    await app.call('goals.create', {
      repId,
      kind: 'metric',
      title: 'Q4 quota',
      metric: 'Quota attained',
      unit: 'currency',
      startValue: 0,
      targetValue: 300_000,
      startDate: '2026-10-01',
      endDate: '2026-12-31',
    })
  ).id;
  meetingId = (await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 20) })).id;
});

const expectRefusedUnchanged = refusedUnchanged(app, ['goals', 'goal_check_ins', 'skill_ratings', 'skills']);

const metric = {
  kind: 'metric',
  title: 'Calls',
  metric: 'Calls made',
  unit: 'count',
  startValue: 0,
  targetValue: 100,
  startDate: '2026-11-01',
  endDate: '2026-11-30',
};

describe('goal bad input gets a clear error and changes nothing', () => {
  it('a target equal to the start, an end before the start, a made-up unit or date', async () => {
    await expectRefusedUnchanged(
      'goals.create',
      { repId, ...metric, targetValue: 0 },
      { code: 'invalid_input', field: 'targetValue' },
    );
    await expectRefusedUnchanged(
      'goals.create',
      { repId, ...metric, endDate: '2026-10-31' },
      { code: 'invalid_input', field: 'endDate' },
    );
    await expectRefusedUnchanged(
      'goals.create',
      { repId, ...metric, unit: 'bananas' },
      { code: 'invalid_input', field: 'unit' },
    );
    await expectRefusedUnchanged(
      'goals.create',
      { repId, ...metric, startDate: '2026-02-30' },
      { code: 'invalid_input', field: 'startDate' },
    );
    await expectRefusedUnchanged(
      'goals.create',
      { repId, ...metric, targetValue: Number.POSITIVE_INFINITY },
      { code: 'invalid_input' },
    );
    await expectRefusedUnchanged('goals.create', { repId: 999, ...metric }, { code: 'not_found' });
    await expectRefusedUnchanged('goals.update', { id: goalId, ...metric, targetValue: 0 }, { field: 'targetValue' });
    await expectRefusedUnchanged(
      'goals.update',
      { id: goalId, kind: 'milestone', title: 'x', endDate: '2026-12-01' },
      { code: 'conflict', field: 'kind' },
    );
  });

  it('a check-in outside the goal’s period, or in another rep’s one-on-one', async () => {
    await expectRefusedUnchanged(
      'goals.addCheckIn',
      { goalId, date: '2027-01-01', value: 1 },
      {
        code: 'invalid_input',
        field: 'date',
        message: expect.stringContaining('2026-10-01 to 2026-12-31'),
      },
    );
    await expectRefusedUnchanged('goals.addCheckIn', { goalId, date: '2026-09-30', value: 1 }, { field: 'date' });
    const bens = (await app.call('reps.list', {})).find((rep) => rep.name === 'Ben Okafor');
    const bensMeeting = await app.call('meetings.schedule', {
      repId: bens?.id ?? 0,
      scheduledAt: localInstant(2026, 11, 20),
    });
    await expectRefusedUnchanged(
      'goals.addCheckIn',
      { goalId, date: '2026-11-20', value: 1, meetingId: bensMeeting.id },
      { field: 'meetingId' },
    );
  });

  it('a corrected check-in with a made-up date, a value that is not a number, or no such check-in', async () => {
    const checkIn = await app.call('goals.addCheckIn', {
      goalId,
      date: '2026-11-20',
      value: 24_000,
      meetingId,
      note: 'Acme',
    });
    const id = checkIn.id;
    const fields = { id, date: '2026-11-21', value: 42_000, note: 'Acme signed' };
    for (const date of ['2026-02-30', '21/11/2026', 'yesterday', '', null]) {
      await expectRefusedUnchanged(
        'goals.updateCheckIn',
        { ...fields, date },
        { code: 'invalid_input', field: 'date' },
      );
    }
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN, '42000', null]) {
      await expectRefusedUnchanged(
        'goals.updateCheckIn',
        { ...fields, value },
        { code: 'invalid_input', field: 'value' },
      );
    }
    await expectRefusedUnchanged(
      'goals.updateCheckIn',
      { ...fields, date: '2027-01-01' },
      { code: 'invalid_input', field: 'date', message: expect.stringContaining('2026-10-01 to 2026-12-31') },
    );
    await expectRefusedUnchanged(
      'goals.updateCheckIn',
      { ...fields, note: 'x'.repeat(1001) },
      { code: 'invalid_input', field: 'note' },
    );
    await expectRefusedUnchanged('goals.updateCheckIn', { ...fields, id: 0 }, { code: 'invalid_input', field: 'id' });
    await expectRefusedUnchanged('goals.updateCheckIn', { ...fields, id: id + 1000 }, { code: 'not_found' });
    await app.call('goals.close', { id: goalId });
    await expectRefusedUnchanged('goals.updateCheckIn', fields, { code: 'conflict' });

    // The row is exactly as recorded: value, day, note and its one-on-one.
    expect((await app.call('goals.get', { id: goalId })).checkIns).toEqual([checkIn]);
    expect(checkIn).toMatchObject({ date: '2026-11-20', value: 24_000, note: 'Acme', meetingId });
  });

  it('a rating outside 1–5, a fraction, a retired skill, a cancelled one-on-one', async () => {
    const [skill] = await app.call('skills.list', {});
    const skillId = skill?.id ?? 0;
    for (const rating of [0, 6, 2.5, -1]) {
      await expectRefusedUnchanged(
        'skills.rate',
        { meetingId, skillId, rating },
        { code: 'invalid_input', field: 'rating' },
      );
    }
    await app.call('skills.retire', { id: skillId });
    await expectRefusedUnchanged('skills.rate', { meetingId, skillId, rating: 3 }, { code: 'conflict' });
    const [other] = await app.call('skills.list', {});
    await app.call('meetings.setStatus', { id: meetingId, status: 'cancelled' });
    await expectRefusedUnchanged(
      'skills.rate',
      { meetingId, skillId: other?.id ?? 0, rating: 3 },
      { code: 'conflict' },
    );
  });

  it('skill names: empty, too long, or taken (whatever the case); a reorder that misses a skill', async () => {
    await expectRefusedUnchanged('skills.add', { name: '  ' }, { code: 'invalid_input', field: 'name' });
    await expectRefusedUnchanged('skills.add', { name: 'x'.repeat(81) }, { field: 'name' });
    await expectRefusedUnchanged('skills.add', { name: 'closing' }, { code: 'conflict', field: 'name' });
    const ids = (await app.call('skills.list', {})).map((skill) => skill.id);
    await expectRefusedUnchanged('skills.reorder', { ids: ids.slice(1) }, { code: 'invalid_input', field: 'ids' });
    await expectRefusedUnchanged('skills.reorder', { ids: [...ids, ids[0]] }, { field: 'ids' });
  });
});

describe('CSV import of check-ins: all rows or none', () => {
  const header = 'rep email,goal title,date,value';

  it('imports a valid file, matching reps by email and goals by title whatever the case', async () => {
    const csv = `${header}\r\nana@example.com,q4 QUOTA,2026-10-31,"120,000"\r\nANA@example.com,Q4 quota,2026-11-30,150000\r\n`;
    expect(await app.call('goals.checkImport', { csv })).toEqual({ rowCount: 2, problems: [] });
    expect(await app.call('goals.importCheckIns', { csv })).toEqual({ imported: 2, goalCount: 1 });
    const detail = await app.call('goals.get', { id: goalId });
    expect(detail.checkIns.map((checkIn) => [checkIn.date, checkIn.value])).toEqual([
      ['2026-10-31', 120_000],
      ['2026-11-30', 150_000],
    ]);
    expect(detail.latestValue).toBe(150_000);
  });

  it('one bad row: nothing is imported and the error names the line', async () => {
    const csv = `${header}\nana@example.com,Q4 quota,2026-10-31,1000\nana@example.com,Q4 quota,2027-01-15,2000\nana@example.com,Q4 quota,2026-11-30,3000\n`;
    await expectRefusedUnchanged(
      'goals.importCheckIns',
      { csv },
      {
        code: 'invalid_input',
        field: 'csv',
        message: expect.stringMatching(
          /^Nothing was imported\. Line 3: 2027-01-15 is outside the period of “Q4 quota”/,
        ),
      },
    );
  });

  it('lists every problem by line: unknown reps and goals, bad dates and values, a milestone', async () => {
    await app.call('goals.create', { repId, kind: 'milestone', title: 'Certification', endDate: '2026-12-15' });
    const csv = [
      header,
      'nobody@example.com,Q4 quota,2026-10-31,1',
      'ana@example.com,Q3 quota,2026-10-31,1',
      'ana@example.com,Q4 quota,31/10/2026,1',
      'ana@example.com,Q4 quota,2026-10-31,lots',
      'ana@example.com,Certification,2026-12-01,1',
      'ben@example.com,Q4 quota,2026-10-31,1',
      'ana@example.com,Q4 quota,2026-10-31,1',
    ].join('\n');
    const check = await app.call('goals.checkImport', { csv });
    expect(check.rowCount).toBe(7);
    expect(check.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(check.problems.map((problem) => problem.message)).toEqual([
      'Line 2: no rep has the email nobody@example.com.',
      'Line 3: ana@example.com has no goal called “Q3 quota”.',
      expect.stringContaining('Line 4: "31/10/2026" is not a date'),
      'Line 5: "lots" is not a number.',
      'Line 6: “Certification” is a milestone goal; it has no value to import.',
      'Line 7: ben@example.com has no goal called “Q4 quota”.',
    ]);
    await expectRefusedUnchanged('goals.importCheckIns', { csv }, { message: expect.stringContaining('Line 2:') });
  });

  it('refuses wrong columns, a malformed file and a file over 10 MB', async () => {
    await expectRefusedUnchanged(
      'goals.importCheckIns',
      { csv: 'email,goal,date,value\na,b,2026-10-31,1' },
      {
        message: expect.stringContaining('wrong columns'),
      },
    );
    await expectRefusedUnchanged(
      'goals.importCheckIns',
      { csv: `${header}\n"ana@example.com,Q4 quota,2026-10-31,1` },
      {
        message: expect.stringContaining('Line 2: a quoted field is never closed'),
      },
    );
    await expectRefusedUnchanged('goals.importCheckIns', { csv: '' }, { message: expect.stringContaining('empty') });
    const huge = `${header}\n${'ana@example.com,Q4 quota,2026-10-31,1\n'.repeat(300_000)}`;
    await expectRefusedUnchanged(
      'goals.importCheckIns',
      { csv: huge },
      { code: 'invalid_input', field: 'csv', message: expect.stringContaining('10 MB') },
    );
    await expectRefusedUnchanged('goals.importCheckIns', { csv: 42 }, { code: 'invalid_input', field: 'csv' });
  });

  it('imports a large valid file in one go', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, index) => `ana@example.com,Q4 quota,2026-11-${String((index % 28) + 1).padStart(2, '0')},${index}`,
    );
    expect(await app.call('goals.importCheckIns', { csv: [header, ...rows].join('\n') })).toEqual({
      imported: 5000,
      goalCount: 1,
    });
  });
});
