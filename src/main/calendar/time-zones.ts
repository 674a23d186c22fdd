import { findIana } from 'windows-iana';

/** A wall-clock time with no zone attached: what a calendar file writes before the zone. */
export interface WallTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

/** True when the system's time-zone database (Node's ICU) knows this IANA name. */
export function isKnownIanaZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `zone` at an instant. */
export function wallTimeAt(zone: string, instantMs: number): WallTime {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(instantMs))
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const wallAsUtcMs = (wall: WallTime): number =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** Offset of `zone` from UTC at an instant, in milliseconds (east positive: Berlin in winter is +3,600,000). */
export function offsetAtMs(zone: string, instantMs: number): number {
  // Whole seconds: Intl shows none smaller, so a millisecond part would skew the offset.
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallAsUtcMs(wallTimeAt(zone, whole)) - whole;
}

/**
 * The instant a wall-clock time in `zone` stands for. RFC 5545 §3.3.5 settles the two DST edge
 * cases: a time that falls in the spring-forward gap uses the offset from before the gap
 * (02:30 becomes 03:30 summer time), and a time the autumn fall-back shows twice means its
 * first occurrence (the summer-time one).
 */
export function wallTimeToInstantMs(zone: string, wall: WallTime): number {
  const asUtc = wallAsUtcMs(wall);
  // Expanding a series asks for the same few wall times many times over; Intl is the slow part.
  const key = `${zone}|${asUtc}`;
  const cached = instants.get(key);
  if (cached !== undefined) return cached;
  if (instants.size > 50_000) instants.clear();
  const instant = computeInstant(zone, asUtc);
  instants.set(key, instant);
  return instant;
}

const instants = new Map<string, number>();

function computeInstant(zone: string, asUtc: number): number {
  const before = offsetAtMs(zone, asUtc - DAY_MS);
  const after = offsetAtMs(zone, asUtc + DAY_MS);
  // No change within a day either side (every day but two a year): one answer.
  if (before === after) return asUtc - before;
  const candidates = [asUtc - before, asUtc - after].filter(
    (instant, index) => offsetAtMs(zone, instant) === (index === 0 ? before : after),
  );
  if (candidates.length === 0) return asUtc - before;
  return Math.min(...candidates);
}

/**
 * An IANA name for a calendar's TZID. Google and Apple write IANA names ("Europe/Berlin");
 * Outlook writes Windows names ("W. Europe Standard Time"), which we map through the CLDR
 * windowsZones table as packaged by `windows-iana` (its first answer is CLDR's "001", the
 * zone's main city). Null when neither knows the name.
 */
export function ianaZoneFor(tzid: string): string | null {
  // Some producers quote the TZID or prefix it with "/" (the RFC's "globally unique" marker).
  const name = tzid.replace(/^"|"$/g, '').replace(/^\//, '').trim();
  if (name.includes('/') || name === 'UTC') {
    if (isKnownIanaZone(name)) return name;
  }
  const fromWindows = findIana(name)[0];
  if (fromWindows && isKnownIanaZone(fromWindows)) return fromWindows;
  return null;
}

/** The time zone of this machine, which is the manager's: floating times and exports use it. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
