import { describe, expect, it } from 'vitest';
import { ianaZoneFor, offsetAtMs, wallTimeToInstantMs } from '../../../src/main/calendar/time-zones';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
});
const instant = (zone: string, ...parts: Parameters<typeof wall>) =>
  new Date(wallTimeToInstantMs(zone, wall(...parts))).toISOString();

describe('wall-clock times in a time zone', () => {
  it('follows Berlin across the March and October changes', () => {
    expect(instant('Europe/Berlin', 2026, 3, 28, 10)).toBe('2026-03-28T09:00:00.000Z');
    expect(instant('Europe/Berlin', 2026, 3, 30, 10)).toBe('2026-03-30T08:00:00.000Z');
    expect(instant('Europe/Berlin', 2026, 10, 24, 10)).toBe('2026-10-24T08:00:00.000Z');
    expect(instant('Europe/Berlin', 2026, 10, 26, 10)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('follows New York and Los Angeles across the March and November changes', () => {
    expect(instant('America/New_York', 2026, 3, 6, 9, 30)).toBe('2026-03-06T14:30:00.000Z');
    expect(instant('America/New_York', 2026, 3, 9, 9, 30)).toBe('2026-03-09T13:30:00.000Z');
    expect(instant('America/Los_Angeles', 2026, 10, 29, 9)).toBe('2026-10-29T16:00:00.000Z');
    expect(instant('America/Los_Angeles', 2026, 11, 5, 9)).toBe('2026-11-05T17:00:00.000Z');
  });

  it('reads a time in the spring-forward gap with the offset before it, and a doubled autumn time as its first', () => {
    // RFC 5545 §3.3.5: 02:30 on 29 March does not exist in Berlin; it means 03:30 summer time.
    expect(instant('Europe/Berlin', 2026, 3, 29, 2, 30)).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 on 25 October happens twice; the first is still summer time.
    expect(instant('Europe/Berlin', 2026, 10, 25, 2, 30)).toBe('2026-10-25T00:30:00.000Z');
    expect(instant('America/Los_Angeles', 2026, 11, 1, 1, 30)).toBe('2026-11-01T08:30:00.000Z');
  });

  it('gives offsets east of UTC as positive', () => {
    expect(offsetAtMs('Europe/Berlin', Date.parse('2026-07-01T12:00:00Z'))).toBe(2 * 3600_000);
    expect(offsetAtMs('America/New_York', Date.parse('2026-12-01T12:00:00Z'))).toBe(-5 * 3600_000);
  });
});

describe('time-zone names from calendars', () => {
  it('keeps IANA names and maps Outlook’s Windows names through CLDR', () => {
    expect(ianaZoneFor('Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaZoneFor('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaZoneFor('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(ianaZoneFor('Eastern Standard Time')).toBe('America/New_York');
    expect(ianaZoneFor('GMT Standard Time')).toBe('Europe/London');
    expect(ianaZoneFor('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaZoneFor('"W. Europe Standard Time"')).toBe('Europe/Berlin');
  });

  it('knows no zone for a made-up or customised name', () => {
    expect(ianaZoneFor('Customized Time Zone')).toBeNull();
    expect(ianaZoneFor('Mars Standard Time')).toBeNull();
    expect(ianaZoneFor('Europe/Atlantis')).toBeNull();
  });
});
