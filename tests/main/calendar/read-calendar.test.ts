import { addWeeks } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { readCalendar, type CalendarSeries } from '../../../src/main/calendar/read-calendar';
import { BERLIN, fixtureText, MONDAY_12_OCTOBER } from './calendar-fixtures';

const FROM = new Date('2026-10-11T22:00:00.000Z'); // Monday 12 October, midnight in Berlin
const read = (name: string, from = FROM, weeks = 12, managerTimeZone = BERLIN) =>
  readCalendar(fixtureText(name), { from, until: addWeeks(from, weeks), managerTimeZone });

const seriesNamed = (series: CalendarSeries[], title: string): CalendarSeries => {
  const found = series.find((s) => s.title === title);
  if (!found) throw new Error(`no series "${title}" in ${series.map((s) => s.title).join(', ')}`);
  return found;
};
const starts = (series: CalendarSeries) => series.occurrences.filter((o) => !o.cancelled).map((o) => o.startsAt);

describe('Outlook export (VTIMEZONE blocks with Windows zone names)', () => {
  const calendar = read('outlook.ics');
  const ana = seriesNamed(calendar.series, 'Ana / Mia 1:1');

  it('expands the weekly series in Berlin time across the October change, to its UNTIL, without the EXDATE', () => {
    expect(calendar.producer).toMatch(/Outlook 16\.0/);
    expect(ana.timeZone).toBe('Europe/Berlin');
    expect(starts(ana)).toEqual([
      '2026-10-13T08:00:00.000Z',
      '2026-10-21T12:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      // 3 November is an EXDATE.
      '2026-11-10T09:00:00.000Z',
      '2026-11-17T09:00:00.000Z',
      '2026-11-24T09:00:00.000Z',
      '2026-12-01T09:00:00.000Z',
      '2026-12-08T09:00:00.000Z',
      // UNTIL is exactly this start in UTC: it is the last one, not lost to the time zone.
      '2026-12-15T09:00:00.000Z',
    ]);
    expect(ana.attendees).toEqual([{ email: 'ana.ruiz@example.com', name: 'Ana Ruiz' }]);
    expect(ana.organizer).toEqual({ email: 'mia@example.com', name: 'Mia Manager' });
  });

  it('keeps the moved occurrence under the recurrence id it replaces', () => {
    expect(ana.occurrences[1]).toEqual({
      recurrenceId: '2026-10-20T08:00:00.000Z',
      startsAt: '2026-10-21T12:00:00.000Z',
      durationMinutes: 30,
      cancelled: false,
    });
  });

  it('follows Pacific time across the November change, with COUNT', () => {
    const ben = seriesNamed(calendar.series, '1:1 Ben Carter');
    expect(ben.timeZone).toBe('America/Los_Angeles');
    expect(starts(ben)).toEqual([
      '2026-10-15T16:00:00.000Z',
      '2026-10-22T16:00:00.000Z',
      '2026-10-29T16:00:00.000Z',
      '2026-11-05T17:00:00.000Z',
      '2026-11-12T17:00:00.000Z',
      '2026-11-19T17:00:00.000Z',
    ]);
  });

  it('leaves out meeting rooms and skips the all-day event with the reason', () => {
    const team = seriesNamed(calendar.series, 'Sales team weekly');
    expect(team.attendees.map((a) => a.name)).toEqual(['Ana Ruiz', 'Ben Carter', 'Cara Lee', 'Dev Patel']);
    expect(calendar.skipped).toEqual([{ title: 'Quarter close', reason: expect.stringMatching(/all-day/) }]);
  });
});

describe('Outlook file without VTIMEZONE blocks', () => {
  const calendar = read('outlook-without-vtimezone.ics');

  it('maps the Windows names to IANA zones through CLDR', () => {
    const ben = seriesNamed(calendar.series, '1:1 Ben Carter');
    expect(ben.timeZone).toBe('America/Los_Angeles');
    expect(starts(ben).slice(2, 4)).toEqual(['2026-10-29T16:00:00.000Z', '2026-11-05T17:00:00.000Z']);
    const ana = seriesNamed(calendar.series, 'Ana / Mia 1:1');
    // UNTIL=20261103T090000Z is 10:00 in Berlin winter time: the last occurrence is kept.
    expect(starts(ana)).toEqual([
      '2026-10-13T08:00:00.000Z',
      '2026-10-20T08:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
    ]);
  });

  it('refuses an event whose zone nobody defines, saying which', () => {
    expect(calendar.skipped).toEqual([
      { title: 'Rover check-in 1:1', reason: expect.stringContaining('"Mars Standard Time"') },
    ]);
  });
});

describe('Google Calendar export (IANA zones, UTC one-offs, RECURRENCE-ID overrides)', () => {
  const calendar = read('google.ics');
  const cara = seriesNamed(calendar.series, 'Cara <> Mia');

  it('applies the moved and the cancelled override', () => {
    expect(cara.occurrences.slice(0, 3)).toEqual([
      {
        recurrenceId: '2026-10-14T09:00:00.000Z',
        startsAt: '2026-10-15T13:00:00.000Z',
        durationMinutes: 45,
        cancelled: false,
      },
      {
        recurrenceId: '2026-10-21T09:00:00.000Z',
        startsAt: '2026-10-21T09:00:00.000Z',
        durationMinutes: 45,
        cancelled: false,
      },
      {
        recurrenceId: '2026-10-28T10:00:00.000Z',
        startsAt: '2026-10-28T10:00:00.000Z',
        durationMinutes: 45,
        cancelled: true,
      },
    ]);
  });

  it('reads a UTC one-off as a one-off', () => {
    const lunch = seriesNamed(calendar.series, 'Lunch with Cara');
    expect(lunch.recurring).toBe(false);
    expect(lunch.timeZone).toBe('UTC');
    expect(lunch.occurrences).toEqual([
      { recurrenceId: '', startsAt: '2026-10-19T10:00:00.000Z', durationMinutes: 60, cancelled: false },
    ]);
  });

  it('crosses the March changes: New York on 8 March, Berlin on 29 March', () => {
    const march = read('google.ics', new Date('2026-03-01T23:00:00.000Z'), 5);
    expect(starts(seriesNamed(march.series, 'Dan Okafor 1:1'))).toEqual([
      '2026-03-02T14:30:00.000Z',
      '2026-03-16T13:30:00.000Z',
      '2026-03-30T13:30:00.000Z',
    ]);
    expect(starts(seriesNamed(march.series, 'Cara <> Mia'))).toEqual([
      '2026-03-04T10:00:00.000Z',
      '2026-03-11T10:00:00.000Z',
      '2026-03-18T10:00:00.000Z',
      '2026-03-25T10:00:00.000Z',
      '2026-04-01T09:00:00.000Z',
    ]);
  });
});

describe('Apple Calendar export (floating times)', () => {
  it('reads floating times as the manager’s own wall clock, across the October change', () => {
    const dev = seriesNamed(read('apple.ics').series, '1:1 Dev');
    expect(dev.timeZone).toBe('floating');
    expect(starts(dev).slice(0, 2)).toEqual(['2026-10-19T07:30:00.000Z', '2026-11-02T08:30:00.000Z']);
    const inNewYork = seriesNamed(read('apple.ics', FROM, 12, 'America/New_York').series, '1:1 Dev');
    expect(starts(inNewYork)[0]).toBe('2026-10-19T13:30:00.000Z');
  });

  it('reads Apple’s attendees (the organizer listed again) and an UNTIL at the end of a day', () => {
    const erin = seriesNamed(read('apple.ics').series, 'Weekly sync');
    expect(erin.attendees.map((a) => a.email)).toEqual(['erin.walsh@example.com', 'mia@example.com']);
    expect(starts(erin)).toEqual([
      '2026-10-14T20:00:00.000Z',
      '2026-10-21T20:00:00.000Z',
      '2026-10-28T20:00:00.000Z',
      '2026-11-04T21:00:00.000Z',
      '2026-11-11T21:00:00.000Z',
      '2026-11-18T21:00:00.000Z',
      '2026-11-25T21:00:00.000Z',
    ]);
  });
});

describe('files that are not calendars, and rules that never end', () => {
  it('refuses a file that is not iCalendar, saying so', () => {
    expect(() => read('not-a-calendar.ics')).toThrow(/not an iCalendar \(\.ics\) file/);
  });

  it('refuses a file that starts like one and then breaks', () => {
    const broken = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\n';
    expect(() => readCalendar(broken, { from: FROM, until: addWeeks(FROM, 4), managerTimeZone: BERLIN })).toThrow(
      /not an iCalendar/,
    );
  });

  it('skips a rule that repeats every minute and one that never happens, each with the reason', () => {
    const calendar = read('endless.ics', MONDAY_12_OCTOBER, 26);
    expect(calendar.skipped).toEqual([
      { title: 'Ana 1:1', reason: expect.stringMatching(/repeats more than 10,000 times/) },
      // ical.js answers 2 March 2027 for BYMONTH=2;BYMONTHDAY=30 once it gives up.
      { title: 'Ben 1:1', reason: expect.stringMatching(/does not exist \(like 30 February\)/) },
    ]);
    expect(calendar.series).toEqual([]);
  });
});
