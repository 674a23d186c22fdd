import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { DomainError } from '../errors';
import { instantMsOf, setUpZones, type ZoneSetup } from './calendar-zones';

export interface CalendarPerson {
  email: string | null;
  name: string | null;
}

export interface CalendarOccurrence {
  /** ISO UTC of the start the series gave this occurrence (its RECURRENCE-ID); '' for a one-off event. */
  recurrenceId: string;
  /** ISO UTC of when it actually starts: a moved occurrence differs from its recurrence id. */
  startsAt: string;
  durationMinutes: number;
  cancelled: boolean;
}

/** One calendar event (a recurring series or a one-off) and its occurrences in the window read. */
export interface CalendarSeries {
  uid: string;
  title: string;
  organizer: CalendarPerson | null;
  attendees: CalendarPerson[];
  recurring: boolean;
  /** IANA name (or the file's own TZID) of the event's start, 'floating' for wall-clock times. */
  timeZone: string;
  occurrences: CalendarOccurrence[];
}

export interface SkippedEvent {
  title: string;
  reason: string;
}

export interface CalendarRead {
  /** PRODID: which program wrote the file ("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"). */
  producer: string | null;
  series: CalendarSeries[];
  skipped: SkippedEvent[];
}

export interface ReadCalendarOptions {
  /** Occurrences that start (or used to start) before this are history and left out. */
  from: Date;
  /** …and from this on are beyond the horizon. */
  until: Date;
  managerTimeZone: string;
  /** Rule steps one series may take before it is refused as endless (default 20,000). */
  maxSteps?: number;
}

const DEFAULT_MAX_STEPS = 10_000;
const MINUTE_MS = 60_000;

const notACalendar = (detail: string) =>
  new DomainError('invalid_input', `This file is not an iCalendar (.ics) file: ${detail}`, 'file');

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const personOf = (property: ICAL.Property): CalendarPerson => {
  const address = textOf(property.getFirstValue());
  const email = /^mailto:/i.test(address) ? address.slice(7).trim().toLowerCase() : null;
  const name = textOf(property.getParameter('cn'));
  return { email: email || null, name: name || null };
};

/** Meeting rooms and projectors are invited too; they are not people. */
const isPerson = (property: ICAL.Property): boolean => {
  const kind = textOf(property.getParameter('cutype')).toUpperCase();
  return kind === '' || kind === 'INDIVIDUAL';
};

const isCancelled = (component: ICAL.Component): boolean =>
  textOf(component.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED';

/** RFC 5545 requires a UID; for the odd file without one, a key from what identifies the event. */
const uidOf = (component: ICAL.Component): string => {
  const uid = textOf(component.getFirstPropertyValue('uid'));
  if (uid) return uid;
  const start = component.getFirstProperty('dtstart')?.toICALString() ?? '';
  const summary = textOf(component.getFirstPropertyValue('summary'));
  return `no-uid-${createHash('sha256').update(`${summary}\n${start}`).digest('hex').slice(0, 24)}`;
};

const parseRoot = (text: string): ICAL.Component[] => {
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) throw notACalendar('it does not start with BEGIN:VCALENDAR.');
  let parsed: unknown;
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    throw notACalendar(`${error instanceof Error ? error.message : String(error)}.`);
  }
  // Several VCALENDARs in one file parse to a list of them.
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
  const roots = list.map((jcal) => new ICAL.Component(jcal as unknown[]));
  if (roots.some((root) => root.name !== 'vcalendar')) throw notACalendar('it holds no VCALENDAR.');
  return roots;
};

interface SeriesParts {
  master: ICAL.Component | null;
  overrides: ICAL.Component[];
}

const groupByUid = (root: ICAL.Component): Map<string, SeriesParts> => {
  const groups = new Map<string, SeriesParts>();
  for (const component of root.getAllSubcomponents('vevent')) {
    const uid = uidOf(component);
    const parts = groups.get(uid) ?? { master: null, overrides: [] };
    if (component.hasProperty('recurrence-id')) parts.overrides.push(component);
    else parts.master = component;
    groups.set(uid, parts);
  }
  return groups;
};

class EndlessRecurrence extends Error {}

/**
 * Reads a calendar file into the events it holds, with each recurring series expanded
 * (RRULE with COUNT or UNTIL, RDATE, EXDATE, moved and cancelled occurrences) between
 * `from` and `until`. Bad files throw `invalid_input`; an event that cannot be read (no start,
 * an unknown time zone, a rule that never ends within limits, all-day) is skipped with the reason.
 */
export function readCalendar(text: string, options: ReadCalendarOptions): CalendarRead {
  const roots = parseRoot(text);
  const read: CalendarRead = {
    producer: textOf(roots[0]?.getFirstPropertyValue('prodid')) || null,
    series: [],
    skipped: [],
  };
  for (const root of roots) {
    const zones = setUpZones(root);
    try {
      for (const [uid, parts] of groupByUid(root)) {
        // An override without its series (the series was deleted, or exported elsewhere) stands alone.
        const events = parts.master
          ? [{ master: parts.master, overrides: parts.overrides }]
          : parts.overrides.map((o) => ({ master: o, overrides: [] }));
        for (const event of events) readEvent(uid, event.master, event.overrides, zones, options, read);
      }
    } finally {
      zones.release();
    }
  }
  return read;
}

function readEvent(
  uid: string,
  master: ICAL.Component,
  overrides: ICAL.Component[],
  zones: ZoneSetup,
  options: ReadCalendarOptions,
  read: CalendarRead,
): void {
  const title = textOf(master.getFirstPropertyValue('summary')) || '(no title)';
  const skip = (reason: string): void => {
    read.skipped.push({ title, reason });
  };
  const start = master.getFirstProperty('dtstart');
  if (!start) return skip('it has no start time (DTSTART).');
  const usedUnknown = [master, ...overrides]
    .flatMap((component) => component.getAllProperties())
    .map((property) => property.getParameter('tzid'))
    .find((tzid) => typeof tzid === 'string' && zones.unknown.has(tzid));
  if (typeof usedUnknown === 'string') {
    return skip(`its time zone "${usedUnknown}" is neither defined in the file nor a known zone name.`);
  }
  let event: ICAL.Event;
  try {
    event = new ICAL.Event(master, { exceptions: overrides, strictExceptions: false });
    if (event.startDate.isDate) return skip('it is an all-day event; a one-on-one has a time.');
  } catch (error) {
    return skip(`it could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const tzid = start.getParameter('tzid');
  const timeZone =
    typeof tzid === 'string'
      ? (zones.resolved.get(tzid) ?? tzid)
      : event.startDate.zone === ICAL.Timezone.utcTimezone
        ? 'UTC'
        : 'floating';
  const organizerProperty = master.getFirstProperty('organizer');
  const organizer = organizerProperty ? personOf(organizerProperty) : null;
  const attendees = master.getAllProperties('attendee').filter(isPerson).map(personOf);
  try {
    const occurrences = occurrencesOf(event, options, isCancelled(master));
    read.series.push({ uid, title, organizer, attendees, recurring: event.isRecurring(), timeZone, occurrences });
  } catch (error) {
    if (error instanceof EndlessRecurrence) return skip(error.message);
    return skip(`its repeat rule could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * ical.js gives up on a rule that can never match (BYMONTH=2;BYMONTHDAY=30) after four years and
 * then answers a date outside the rule. With a single RRULE and no RDATE every occurrence must
 * fit the rule's months and month days, so one that does not is that give-up.
 */
function ruleCheck(event: ICAL.Event): (time: ICAL.Time) => boolean {
  const rules = event.component.getAllProperties('rrule').map((property) => property.getFirstValue());
  const rule = rules.length === 1 && !event.component.hasProperty('rdate') ? rules[0] : undefined;
  if (!(rule instanceof ICAL.Recur)) return () => true;
  const months = rule.parts.BYMONTH;
  const monthDays = rule.parts.BYMONTHDAY;
  return (time) => {
    if (months && !months.includes(time.month)) return false;
    if (!monthDays) return true;
    const last = ICAL.Time.daysInMonth(time.month, time.year);
    return monthDays.some((day) => (day > 0 ? day : last + day + 1) === time.day);
  };
}

function occurrencesOf(
  event: ICAL.Event,
  options: ReadCalendarOptions,
  seriesCancelled: boolean,
): CalendarOccurrence[] {
  const { managerTimeZone } = options;
  const fromMs = options.from.getTime();
  const untilMs = options.until.getTime();
  const instant = (time: ICAL.Time) => instantMsOf(time, managerTimeZone);
  const toOccurrence = (recurrenceId: string, item: ICAL.Event, startDate: ICAL.Time, endDate: ICAL.Time) => {
    const startMs = instant(startDate);
    const minutes = Math.round((instant(endDate) - startMs) / MINUTE_MS);
    return {
      recurrenceId,
      startsAt: new Date(startMs).toISOString(),
      // No DTEND or DURATION means a point in time; a one-on-one still takes its default half hour.
      durationMinutes: minutes > 0 ? minutes : 30,
      cancelled: seriesCancelled || isCancelled(item.component),
    };
  };
  const inWindow = (ms: number) => ms >= fromMs && ms < untilMs;

  if (!event.isRecurring()) {
    const single = toOccurrence('', event, event.startDate, event.endDate);
    return inWindow(Date.parse(single.startsAt)) ? [single] : [];
  }
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const fitsRule = ruleCheck(event);
  const iterator = event.iterator();
  const found: CalendarOccurrence[] = [];
  for (let step = 0; ; step += 1) {
    const next = iterator.next();
    if (!next) break;
    const originalMs = instant(next);
    if (originalMs >= untilMs) break;
    if (step >= maxSteps) {
      throw new EndlessRecurrence(
        `it repeats more than ${maxSteps.toLocaleString('en-US')} times before the horizon ends; a one-on-one series repeats weekly or monthly.`,
      );
    }
    if (!fitsRule(next)) {
      throw new EndlessRecurrence(
        'its repeat rule names a day that does not exist (like 30 February), so it never happens.',
      );
    }
    const details = event.getOccurrenceDetails(next);
    const occurrence = toOccurrence(
      new Date(originalMs).toISOString(),
      details.item,
      details.startDate,
      details.endDate,
    );
    if (inWindow(originalMs) || inWindow(Date.parse(occurrence.startsAt))) found.push(occurrence);
  }
  return found;
}
