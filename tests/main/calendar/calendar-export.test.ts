import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWeeks } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headlessShell } from '../../../src/main/app-core';
import { readCalendar } from '../../../src/main/calendar/read-calendar';
import { foldLine } from '../../../src/main/calendar/write-calendar';
import { fixedClock } from '../support/fixed-clock';
import { startTempCore, type TempCore } from '../support/temp-core';
import { BERLIN, MONDAY_12_OCTOBER } from './calendar-fixtures';

let app: TempCore;
let folder: string;
let saveAs: string | null;
let offeredName = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'coachbook-ics-out-'));
  saveAs = join(folder, 'schedule.ics');
  app = await startTempCore(undefined, {
    clock: fixedClock(MONDAY_12_OCTOBER),
    timeZone: BERLIN,
    shell: {
      ...headlessShell,
      chooseSaveFile: async (defaultName) => {
        offeredName = defaultName;
        return saveAs;
      },
    },
  });
});
afterEach(() => app.dispose());

const schedule = async () => {
  const ana = await app.call('reps.create', { name: 'Ana Ruiz', email: 'ana.ruiz@example.com', cadence: 'weekly' });
  const ben = await app.call('reps.create', { name: 'Ben Carter, Jr.', cadence: 'weekly' });
  const at = (iso: string, repId: number) =>
    app.call('meetings.schedule', { repId, scheduledAt: iso, durationMinutes: 45 });
  await at('2026-10-05T08:00:00.000Z', ana.id); // last week: not upcoming
  const oct13 = await at('2026-10-13T08:00:00.000Z', ana.id); // 10:00 summer time
  const oct27 = await at('2026-10-27T09:00:00.000Z', ana.id); // 10:00 winter time
  await at('2026-10-14T12:00:00.000Z', ben.id);
  const cancelled = await at('2026-10-20T08:00:00.000Z', ana.id);
  await app.call('meetings.setStatus', { id: cancelled.id, status: 'cancelled' });
  return { ana, ben, oct13, oct27 };
};

const exported = async (repId?: number) => {
  const saved = await app.call('calendar.export', repId === undefined ? {} : { repId });
  if (!saved) throw new Error('cancelled');
  return readFile(saved.filePath, 'utf8');
};

describe('exporting the schedule as .ics', () => {
  it('writes every upcoming one-on-one in the manager’s time zone, with the agenda’s headings, readable by a calendar', async () => {
    const { oct13 } = await schedule();
    const text = await exported();
    expect(offeredName).toBe('One-on-ones.ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('X-WR-TIMEZONE:Europe/Berlin\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261013T100000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261027T100000\r\n');
    expect(text).toContain('SUMMARY:One-on-one: Ben Carter\\, Jr.\r\n');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    // Read back with the same parser the import uses: the instants are the ones Coachbook holds.
    const back = readCalendar(text, {
      from: MONDAY_12_OCTOBER,
      until: addWeeks(MONDAY_12_OCTOBER, 4),
      managerTimeZone: 'UTC',
    });
    expect(back.skipped).toEqual([]);
    expect(
      back.series.map((s) => [
        s.title,
        s.occurrences[0]?.startsAt,
        s.occurrences[0]?.durationMinutes,
        s.occurrences[0]?.cancelled,
      ]),
    ).toEqual([
      ['One-on-one: Ana Ruiz', '2026-10-13T08:00:00.000Z', 45, false],
      ['One-on-one: Ben Carter, Jr.', '2026-10-14T12:00:00.000Z', 45, false],
      ['One-on-one: Ana Ruiz', '2026-10-20T08:00:00.000Z', 45, true],
      ['One-on-one: Ana Ruiz', '2026-10-27T09:00:00.000Z', 45, false],
    ]);
    const headings = (await app.call('meetings.open', { id: oct13.id })).agenda.map((item) => item.title);
    const description = /DESCRIPTION:(.*?)\r\n(?! )/s.exec(text)?.[1]?.replace(/\r\n /g, '') ?? '';
    expect(description).toBe(`Agenda:\\n${headings.map((h) => `- ${h}`).join('\\n')}`.replace(/,/g, '\\,'));
    expect(text).not.toMatch(/private/i);
  });

  it('keeps each one-on-one’s UID from one export to the next, so a calendar updates it', async () => {
    const { oct27 } = await schedule();
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]);
    const first = await exported();
    await app.call('meetings.reschedule', { id: oct27.id, scheduledAt: '2026-10-28T09:00:00.000Z' });
    const second = await exported();
    expect(uids(second)).toEqual(uids(first));
    const sequences = (text: string) => [...text.matchAll(/^SEQUENCE:(\d+)/gm)].map((match) => Number(match[1]));
    expect(sequences(second)[3]).toBeGreaterThanOrEqual(sequences(first)[3] ?? 0);
    expect(second).toContain('DTSTART;TZID=Europe/Berlin:20261028T100000\r\n');
  });

  it('exports one rep’s one-on-ones from their page, and refuses an unknown rep before any dialog', async () => {
    const { ben } = await schedule();
    const text = await exported(ben.id);
    expect(offeredName).toBe('One-on-ones with Ben Carter, Jr..ics');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    offeredName = '';
    expect(await app.callError('calendar.export', { repId: 999 })).toMatchObject({ code: 'not_found' });
    expect(offeredName).toBe('');
  });

  it('answers null when the save dialog is cancelled', async () => {
    saveAs = null;
    expect(await app.call('calendar.export', {})).toBeNull();
  });
});

describe('folding long lines', () => {
  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'ü'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'ü'.repeat(60)}`);
  });
});
