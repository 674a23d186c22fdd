import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarImportPreview, SeriesPreview } from '@shared/calendar/calendar';
import { headlessShell } from '../../../src/main/app-core';
import { fixedClock } from '../support/fixed-clock';
import { tableRows } from '../support/refused-unchanged';
import { startTempCore, type TempCore } from '../support/temp-core';
import { BERLIN, fixturePath, MONDAY_12_OCTOBER } from './calendar-fixtures';

let app: TempCore;
let chosenFile: string | null;
const clock = fixedClock(MONDAY_12_OCTOBER);

beforeEach(async () => {
  clock.set(MONDAY_12_OCTOBER);
  chosenFile = null;
  app = await startTempCore(undefined, {
    clock,
    timeZone: BERLIN,
    shell: { ...headlessShell, chooseOpenFile: async () => chosenFile },
  });
});
afterEach(() => app.dispose());

const preview = async (file: string): Promise<CalendarImportPreview> => {
  chosenFile = fixturePath(file);
  const result = await app.call('calendar.previewImport', {});
  if (!result) throw new Error('the dialog was cancelled');
  return result;
};
const seriesTitled = (p: CalendarImportPreview, title: string): SeriesPreview => {
  const found = p.series.find((s) => s.title === title);
  if (!found) throw new Error(`no "${title}" in ${p.series.map((s) => s.title).join(', ')}`);
  return found;
};
const addRep = (name: string, email: string | null = null) =>
  app.call('reps.create', { name, email, cadence: 'weekly' });
const meetings = async () =>
  (await app.core.dataSource?.query(
    `SELECT m.id, r.name AS rep, m.scheduled_at, m.duration_minutes, m.status FROM meetings m JOIN reps r ON r.id = m.rep_id ORDER BY m.scheduled_at`,
  )) as Array<{ id: number; rep: string; scheduled_at: string; duration_minutes: number; status: string }>;
const ALL_TABLES = ['reps', 'meetings', 'calendar_links'] as const;

describe('previewing a calendar file', () => {
  it('lists the series that look like one-on-ones, matched by e-mail, name or title, and offers new reps for the rest', async () => {
    await addRep('Ana Ruiz', 'ana.ruiz@example.com');
    await addRep('Ben Carter');
    const outlook = await preview('outlook.ics');
    expect(outlook.producer).toBe('Outlook');
    expect(outlook.fileName).toBe('outlook.ics');
    expect(outlook.series.map((s) => s.title)).toEqual(['Ana / Mia 1:1', '1:1 Ben Carter']);
    expect(seriesTitled(outlook, 'Ana / Mia 1:1').match).toMatchObject({
      kind: 'rep',
      repName: 'Ana Ruiz',
      by: 'email',
    });
    expect(seriesTitled(outlook, '1:1 Ben Carter').match).toMatchObject({
      kind: 'rep',
      repName: 'Ben Carter',
      by: 'name',
    });
    // The team meeting is not a one-on-one; the all-day event is skipped with its reason.
    expect(outlook.otherEventCount).toBe(1);
    expect(outlook.skipped).toEqual([{ title: 'Quarter close', reason: expect.stringMatching(/all-day/) }]);

    const google = await preview('google.ics');
    expect(google.series.map((s) => [s.title, s.match])).toEqual([
      ['Cara <> Mia', { kind: 'new', name: 'Cara Lee', email: 'cara.lee@example.com' }],
      ['Dan Okafor 1:1', { kind: 'new', name: 'Dan Okafor', email: 'dan.okafor@example.com' }],
    ]);
    const cara = seriesTitled(google, 'Cara <> Mia');
    expect(cara.occurrences[0]).toMatchObject({ startsAt: '2026-10-15T13:00:00.000Z', moved: true, imported: false });
    expect(cara.occurrences[2]).toMatchObject({ startsAt: '2026-10-28T10:00:00.000Z', cancelled: true });

    await addRep('Dev Patel');
    const apple = await preview('apple.ics');
    expect(apple.series.map((s) => [s.title, s.match.kind, s.reason])).toEqual([
      ['1:1 Dev', 'rep', 'The title says 1:1'],
      ['Weekly sync', 'new', 'Two people: you and Erin Walsh'],
    ]);
    expect(seriesTitled(apple, '1:1 Dev').match).toMatchObject({ repName: 'Dev Patel', by: 'title' });
  });

  it('answers null and keeps nothing when the manager cancels the dialog', async () => {
    chosenFile = null;
    expect(await app.call('calendar.previewImport', {})).toBeNull();
  });

  it('refuses a file that is not a calendar, or over 10 MB, with a clear message and no change', async () => {
    await addRep('Ana Ruiz', 'ana.ruiz@example.com');
    const before = await tableRows(app, ALL_TABLES);
    chosenFile = fixturePath('not-a-calendar.ics');
    expect(await app.callError('calendar.previewImport', {})).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/not an iCalendar \(\.ics\) file/),
    });
    const big = join(await mkdtemp(join(tmpdir(), 'coachbook-ics-')), 'huge.ics');
    await writeFile(big, `BEGIN:VCALENDAR\r\n${'X-PADDING:'.padEnd(74, 'x')}\r\n`.repeat(150_000));
    chosenFile = big;
    expect(await app.callError('calendar.previewImport', {})).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/That file is 1\d\.\d MB; a calendar file can be at most 10\.0 MB/),
    });
    chosenFile = join(tmpdir(), 'no-such-calendar.ics');
    expect(await app.callError('calendar.previewImport', {})).toMatchObject({ code: 'invalid_input' });
    expect(await tableRows(app, ALL_TABLES)).toEqual(before);
  });

  it('shows a series that repeats forever as skipped with the reason, and schedules nothing', async () => {
    const endless = await preview('endless.ics');
    expect(endless.series).toEqual([]);
    expect(endless.skipped.map((s) => s.title)).toEqual(['Ana 1:1', 'Ben 1:1']);
    expect(await meetings()).toEqual([]);
  });
});

describe('confirming an import', () => {
  it('schedules the picked series within the horizon, creating the missing reps', async () => {
    const ana = await addRep('Ana Ruiz', 'ana.ruiz@example.com');
    const outlook = await preview('outlook.ics');
    const result = await app.call('calendar.confirmImport', {
      token: outlook.token,
      horizonWeeks: 4,
      series: [
        { uid: seriesTitled(outlook, 'Ana / Mia 1:1').uid, repId: ana.id },
        {
          uid: seriesTitled(outlook, '1:1 Ben Carter').uid,
          newRep: { name: 'Ben Carter', email: 'ben.carter@example.com' },
        },
      ],
    });
    expect(result).toEqual({ scheduled: 7, rescheduled: 0, cancelled: 0, unchanged: 0, repsCreated: 1 });
    expect((await meetings()).map((m) => [m.rep, m.scheduled_at])).toEqual([
      ['Ana Ruiz', '2026-10-13T08:00:00.000Z'],
      ['Ben Carter', '2026-10-15T16:00:00.000Z'],
      ['Ana Ruiz', '2026-10-21T12:00:00.000Z'],
      ['Ben Carter', '2026-10-22T16:00:00.000Z'],
      ['Ana Ruiz', '2026-10-27T09:00:00.000Z'],
      ['Ben Carter', '2026-10-29T16:00:00.000Z'],
      ['Ben Carter', '2026-11-05T17:00:00.000Z'],
    ]);
    const ben = (await app.call('reps.list', { status: 'active' })).find((rep) => rep.name === 'Ben Carter');
    expect(ben).toMatchObject({ email: 'ben.carter@example.com', cadence: 'weekly' });
    // Each one-on-one gets the rep's starting agenda, like one scheduled by hand.
    const first = await app.call('meetings.open', { id: (await meetings())[0]?.id ?? 0 });
    expect(first.agenda.length).toBeGreaterThan(0);
    // The token is used up.
    expect(
      await app.callError('calendar.confirmImport', {
        token: outlook.token,
        horizonWeeks: 4,
        series: [{ uid: seriesTitled(outlook, 'Ana / Mia 1:1').uid, repId: ana.id }],
      }),
    ).toMatchObject({ code: 'not_found', message: expect.stringMatching(/Choose the file again/) });
  });

  it('refuses bad choices without writing anything', async () => {
    const ana = await addRep('Ana Ruiz', 'ana.ruiz@example.com');
    const archived = await addRep('Old Rep');
    await app.call('reps.archive', { id: archived.id });
    const outlook = await preview('outlook.ics');
    const uid = seriesTitled(outlook, 'Ana / Mia 1:1').uid;
    const before = await tableRows(app, ALL_TABLES);
    const refused = async (input: unknown, expected: Record<string, unknown>) =>
      expect(await app.callError('calendar.confirmImport', input)).toMatchObject(expected);
    await refused(
      { token: 'not-a-token', horizonWeeks: 4, series: [{ uid, repId: ana.id }] },
      { code: 'invalid_input' },
    );
    await refused(
      { token: outlook.token, horizonWeeks: 0, series: [{ uid, repId: ana.id }] },
      { code: 'invalid_input' },
    );
    await refused({ token: outlook.token, horizonWeeks: 4, series: [] }, { code: 'invalid_input' });
    await refused({ token: outlook.token, horizonWeeks: 4, series: [{ uid }] }, { code: 'invalid_input' });
    await refused(
      { token: outlook.token, horizonWeeks: 4, series: [{ uid: 'not-in-this-file', repId: ana.id }] },
      { code: 'invalid_input', message: expect.stringMatching(/not in this calendar file/) },
    );
    await refused(
      { token: outlook.token, horizonWeeks: 4, series: [{ uid, repId: archived.id }] },
      { code: 'conflict', message: expect.stringMatching(/Old Rep is archived/) },
    );
    await refused({ token: outlook.token, horizonWeeks: 4, series: [{ uid, repId: 9999 }] }, { code: 'not_found' });
    expect(await tableRows(app, ALL_TABLES)).toEqual(before);
  });
});

describe('importing a newer export of the same calendar', () => {
  it('reschedules moved occurrences, cancels cancelled and removed ones, never duplicates, and keeps what the manager wrote', async () => {
    const first = await preview('google.ics');
    const cara = seriesTitled(first, 'Cara <> Mia');
    const choice = { uid: cara.uid, newRep: { name: 'Cara Lee', email: 'cara.lee@example.com' } };
    expect(
      await app.call('calendar.confirmImport', { token: first.token, horizonWeeks: 12, series: [choice] }),
    ).toEqual({
      scheduled: 11,
      rescheduled: 0,
      cancelled: 0,
      unchanged: 0,
      repsCreated: 1,
    });
    const before = await meetings();
    const on = (iso: string) => before.find((m) => m.scheduled_at === iso)?.id ?? 0;
    const nov4 = on('2026-11-04T10:00:00.000Z');
    const nov11 = on('2026-11-11T10:00:00.000Z');
    const nov18 = on('2026-11-18T10:00:00.000Z');
    // The manager prepares the 4 November one-on-one.
    const workspace = await app.call('meetings.open', { id: nov4 });
    await app.call('meetings.updateAgenda', {
      id: nov4,
      agenda: [...workspace.agenda.slice(0, 1), { id: 'mine', title: 'Renewal at Acme', prompts: [], done: false }],
    });
    const notes = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ask about the Acme renewal' }] }],
    };
    await app.call('meetings.saveNotes', { id: nov4, baseRevision: workspace.notesRevision, private: notes });
    await app.call('talkingPoints.queue', { repId: workspace.rep.id, text: 'Territory split' });

    // Re-importing the same file changes nothing.
    const again = await preview('google.ics');
    expect(seriesTitled(again, 'Cara <> Mia').occurrences.filter((o) => o.imported)).toHaveLength(11);
    expect(
      await app.call('calendar.confirmImport', {
        token: again.token,
        horizonWeeks: 12,
        series: [{ uid: cara.uid, repId: workspace.rep.id }],
      }),
    ).toEqual({ scheduled: 0, rescheduled: 0, cancelled: 0, unchanged: 11, repsCreated: 0 });

    // The later export moved 4 Nov to 5 Nov 16:00, cancelled 11 Nov and deleted 18 Nov (EXDATE).
    const later = await preview('google-later-export.ics');
    expect(seriesTitled(later, 'Cara <> Mia').match).toMatchObject({ kind: 'rep', repName: 'Cara Lee', by: 'email' });
    expect(
      await app.call('calendar.confirmImport', {
        token: later.token,
        horizonWeeks: 12,
        series: [{ uid: cara.uid, repId: workspace.rep.id }],
      }),
    ).toEqual({ scheduled: 0, rescheduled: 1, cancelled: 2, unchanged: 8, repsCreated: 0 });
    const after = await meetings();
    expect(after).toHaveLength(before.length);
    expect(after.find((m) => m.id === nov4)).toMatchObject({
      scheduled_at: '2026-11-05T15:00:00.000Z',
      status: 'scheduled',
    });
    expect(after.find((m) => m.id === nov11)?.status).toBe('cancelled');
    expect(after.find((m) => m.id === nov18)?.status).toBe('cancelled');
    const moved = await app.call('meetings.open', { id: nov4 });
    expect(moved.agenda.map((a) => a.title)).toContain('Renewal at Acme');
    expect(JSON.stringify(moved.privateNotes)).toContain('Ask about the Acme renewal');
    expect(moved.talkingPoints.map((point) => point.text)).toEqual(['Territory split']);
  });

  it('leaves a held one-on-one as it is, and a change the manager made stands until the calendar changes again', async () => {
    const first = await preview('google.ics');
    const uid = seriesTitled(first, 'Cara <> Mia').uid;
    await app.call('calendar.confirmImport', {
      token: first.token,
      horizonWeeks: 12,
      series: [{ uid, newRep: { name: 'Cara Lee', email: 'cara.lee@example.com' } }],
    });
    const list = await meetings();
    const oct21 = list.find((m) => m.scheduled_at === '2026-10-21T09:00:00.000Z')?.id ?? 0;
    const nov4 = list.find((m) => m.scheduled_at === '2026-11-04T10:00:00.000Z')?.id ?? 0;
    await app.call('meetings.reschedule', { id: oct21, scheduledAt: '2026-10-22T09:00:00.000Z' });
    await app.call('meetings.setStatus', { id: nov4, status: 'held' });

    const later = await preview('google-later-export.ics');
    await app.call('calendar.confirmImport', {
      token: later.token,
      horizonWeeks: 12,
      series: [{ uid, repId: (await app.call('reps.list', { status: 'active' }))[0]?.id ?? 0 }],
    });
    const after = await meetings();
    expect(after.find((m) => m.id === oct21)?.scheduled_at).toBe('2026-10-22T09:00:00.000Z');
    expect(after.find((m) => m.id === nov4)).toMatchObject({
      status: 'held',
      scheduled_at: '2026-11-04T10:00:00.000Z',
    });
  });
});
