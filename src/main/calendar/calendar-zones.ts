import ICAL from 'ical.js';
import { ianaZoneFor, wallTimeToInstantMs, type WallTime } from './time-zones';

const wallOf = (time: ICAL.Time): WallTime => ({
  year: time.year,
  month: time.month,
  day: time.day,
  hour: time.hour,
  minute: time.minute,
  second: time.second,
});

/**
 * An ical.js zone backed by the system's IANA database instead of a VTIMEZONE block, so
 * ical.js compares DTSTART with a UTC UNTIL (and moves across DST) correctly for files that
 * name a zone without defining it (Outlook's Windows names in some exports, IANA names).
 */
class IanaZone extends ICAL.Timezone {
  readonly iana: string;

  constructor(tzid: string, iana: string) {
    super({ tzid });
    this.iana = iana;
  }

  override utcOffset(time: ICAL.Time): number {
    const wall = wallOf(time);
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    return (asUtc - wallTimeToInstantMs(this.iana, wall)) / 1000;
  }
}

export interface ZoneSetup {
  /** TZIDs the file uses that neither it nor the IANA/CLDR tables define. */
  unknown: Set<string>;
  /** What each TZID resolved to, for the preview: an IANA name, or the TZID itself when the file defines it. */
  resolved: Map<string, string>;
  /** Takes the zones out of ical.js's process-wide registry again. */
  release(): void;
}

const tzidsUsedBy = (root: ICAL.Component): Set<string> => {
  const used = new Set<string>();
  for (const event of root.getAllSubcomponents('vevent')) {
    for (const property of event.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid === 'string') used.add(tzid);
    }
  }
  return used;
};

/**
 * Makes every TZID of the file known to ical.js while it is read. A VTIMEZONE in the file wins
 * (RFC 5545 makes it the definition; ical.js reads it itself); otherwise the name is looked up
 * as IANA, then as a Windows name. ical.js keeps zones in one global registry, so they are
 * registered for this read only and released afterwards (reads are synchronous: no other
 * read can interleave).
 */
export function setUpZones(root: ICAL.Component): ZoneSetup {
  const defined = new Set(
    root.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid') ?? '')),
  );
  const unknown = new Set<string>();
  const resolved = new Map<string, string>();
  const registered: string[] = [];
  for (const tzid of tzidsUsedBy(root)) {
    const iana = ianaZoneFor(tzid);
    if (defined.has(tzid)) {
      resolved.set(tzid, iana ?? tzid);
    } else if (iana) {
      resolved.set(tzid, iana);
      if (!ICAL.TimezoneService.has(tzid)) {
        ICAL.TimezoneService.register(new IanaZone(tzid, iana), tzid);
        registered.push(tzid);
      }
    } else {
      unknown.add(tzid);
    }
  }
  return {
    unknown,
    resolved,
    release: () => {
      for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
    },
  };
}

/**
 * The instant an ical.js time stands for. Floating times (no zone: Apple writes them for
 * events pinned to the wall clock) and all-day dates are the manager's local time.
 */
export function instantMsOf(time: ICAL.Time, managerTimeZone: string): number {
  if (time.isDate) return wallTimeToInstantMs(managerTimeZone, { ...wallOf(time), hour: 0, minute: 0, second: 0 });
  const zone = time.zone;
  if (!zone || zone === ICAL.Timezone.localTimezone || zone.tzid === 'floating') {
    return wallTimeToInstantMs(managerTimeZone, wallOf(time));
  }
  return time.toUnixTime() * 1000;
}
