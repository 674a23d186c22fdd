import { offsetAtMs, wallTimeAt, type WallTime } from './time-zones';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

interface Transition {
  /** The instant the offset changes. */
  at: number;
  from: number;
  to: number;
}

/** Offset changes of `zone` between two instants, found by a daily scan narrowed to the minute. */
const transitionsOf = (zone: string, startMs: number, endMs: number): Transition[] => {
  const found: Transition[] = [];
  let previous = offsetAtMs(zone, startMs);
  for (let day = startMs + DAY_MS; day <= endMs; day += DAY_MS) {
    const offset = offsetAtMs(zone, day);
    if (offset === previous) continue;
    let low = day - DAY_MS;
    let high = day;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAtMs(zone, middle) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return found;
};

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

export const formatWallTime = (wall: WallTime): string =>
  `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;

const formatOffset = (offsetMs: number): string => {
  const minutes = Math.round(offsetMs / MINUTE_MS);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
};

/**
 * A VTIMEZONE for an IANA zone, written from the system's time-zone data so a calendar reads
 * the exported times exactly as Coachbook meant them. It lists every offset change from a
 * year before the first meeting to the end of the last meeting's year, each as its own
 * observance (RFC 5545 §3.6.5 allows a DTSTART per change instead of a yearly rule).
 */
export function vtimezoneLines(zone: string, firstMs: number, lastMs: number): string[] {
  const startYear = new Date(firstMs).getUTCFullYear() - 1;
  const startMs = Date.UTC(startYear, 0, 1);
  const endMs = Date.UTC(new Date(lastMs).getUTCFullYear() + 1, 0, 1);
  const transitions = transitionsOf(zone, startMs, endMs);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = formatOffset(offsetAtMs(zone, startMs));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  for (const change of transitions) {
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the wall time, in the offset before it, at which it begins.
    const onset = wallTimeAt('UTC', change.at + change.from);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${formatWallTime(onset)}`,
      `TZOFFSETFROM:${formatOffset(change.from)}`,
      `TZOFFSETTO:${formatOffset(change.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
