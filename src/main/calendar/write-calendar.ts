import { formatWallTime, vtimezoneLines } from './vtimezone';
import { wallTimeAt } from './time-zones';

export interface MeetingForCalendar {
  id: number;
  repName: string;
  repEmail: string | null;
  /** ISO UTC. */
  scheduledAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled';
  /** The agenda's headings, in order. */
  agendaHeadings: string[];
  updatedAt: string;
}

export interface CalendarDocument {
  /** Names this book in every UID, so two books' exports never collide in one calendar. */
  bookId: string;
  /** Shown as the calendar's name by Apple and Google. */
  title: string;
  timeZone: string;
  now: Date;
  meetings: MeetingForCalendar[];
}

const MINUTE_MS = 60_000;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

const utcStamp = (date: Date): string => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** The meeting's UID: the same for every export of this book, so a calendar updates it in place. */
export const meetingUid = (bookId: string, meetingId: number): string => `meeting-${meetingId}.${bookId}@coachbook`;

const eventLines = (doc: CalendarDocument, meeting: MeetingForCalendar): string[] => {
  const startMs = Date.parse(meeting.scheduledAt);
  const local = (ms: number) => `;TZID=${doc.timeZone}:${formatWallTime(wallTimeAt(doc.timeZone, ms))}`;
  const description = meeting.agendaHeadings.length
    ? `Agenda:\n${meeting.agendaHeadings.map((heading) => `- ${heading}`).join('\n')}`
    : '';
  return [
    'BEGIN:VEVENT',
    `UID:${meetingUid(doc.bookId, meeting.id)}`,
    `DTSTAMP:${utcStamp(doc.now)}`,
    `DTSTART${local(startMs)}`,
    `DTEND${local(startMs + meeting.durationMinutes * MINUTE_MS)}`,
    // Higher on every change, so a calendar that has the event takes the newer time.
    `SEQUENCE:${Math.floor(Date.parse(meeting.updatedAt) / 1000 / 60)}`,
    `SUMMARY:${escapeText(`One-on-one: ${meeting.repName}`)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(meeting.repEmail
      ? [`ATTENDEE;CN=${JSON.stringify(meeting.repName.replace(/"/g, "'"))}:mailto:${meeting.repEmail}`]
      : []),
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
};

/** An .ics file of one-on-ones in the manager's time zone (CRLF lines, folded, RFC 5545). */
export function writeCalendar(doc: CalendarDocument): string {
  const starts = doc.meetings.map((meeting) => Date.parse(meeting.scheduledAt));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coachbook//One-on-ones//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(doc.title)}`,
    `X-WR-TIMEZONE:${doc.timeZone}`,
    ...(starts.length ? vtimezoneLines(doc.timeZone, Math.min(...starts), Math.max(...starts)) : []),
    ...doc.meetings.flatMap((meeting) => eventLines(doc, meeting)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
