import type { CalendarPersonView, SeriesRepMatch } from '@shared/calendar/calendar';
import type { CalendarPerson, CalendarSeries } from './read-calendar';

export interface RepForMatching {
  id: number;
  name: string;
  email: string | null;
  status: 'active' | 'archived';
}

export interface OneOnOneSeries {
  series: CalendarSeries;
  reason: string;
  person: CalendarPersonView | null;
  match: SeriesRepMatch;
}

const ONE_ON_ONE_TITLE = /\b1\s*[:\-/]\s*1\b|\b1on1\b|\bone[\s-]on[\s-]one\b/i;

const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (text: string): string[] => normalise(text).split(' ').filter(Boolean);

/** Google writes the address as CN when it knows no name. */
const realName = (person: CalendarPerson): string | null =>
  person.name && !person.name.includes('@') ? person.name : null;

/** "cara.lee@example.com" → "Cara Lee": the best name an address gives when the calendar has none. */
const nameFromEmail = (email: string): string =>
  (email.split('@')[0] ?? email)
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');

const containsWords = (haystack: string[], needle: string[]): boolean =>
  needle.length > 0 && haystack.some((_, start) => needle.every((word, offset) => haystack[start + offset] === word));

/** The rep a title names: a full name, else a first name only one rep has. */
const repNamedIn = (title: string, reps: RepForMatching[]): RepForMatching | null => {
  const titleWords = words(title);
  const byFullName = reps.filter((rep) => containsWords(titleWords, words(rep.name)));
  if (byFullName.length === 1) return byFullName[0] ?? null;
  if (byFullName.length > 1) return null;
  const byFirstName = reps.filter((rep) => {
    const first = words(rep.name)[0];
    return first !== undefined && titleWords.includes(first);
  });
  return byFirstName.length === 1 ? (byFirstName[0] ?? null) : null;
};

/** What is left of "1:1 Dev" or "Ana / Mia 1:1" once the 1:1 and the manager's own name are gone. */
const nameFromTitle = (title: string, managerNames: string[]): string => {
  const manager = new Set(managerNames.flatMap(words));
  const kept = title
    .replace(ONE_ON_ONE_TITLE, ' ')
    .split(/[\s/<>&|,:+]+|\bwith\b|\band\b|\bx\b/i)
    .map((part) => part.trim())
    .filter(
      (part) =>
        part &&
        !manager.has(normalise(part)) &&
        !/^(weekly|biweekly|monthly|sync|check-?in|meeting|coaching)$/i.test(part),
    );
  return kept.join(' ').trim();
};

const sameEmail = (rep: RepForMatching, email: string | null) =>
  email !== null && rep.email !== null && rep.email.toLowerCase() === email.toLowerCase();

const matchOf = (rep: RepForMatching, by: 'email' | 'name' | 'title'): SeriesRepMatch =>
  rep.status === 'archived'
    ? { kind: 'archived', repId: rep.id, repName: rep.name }
    : { kind: 'rep', repId: rep.id, repName: rep.name, by };

/**
 * The recurring series of a calendar that look like one-on-ones, each matched to a rep.
 * A one-on-one is a series with exactly one other person besides the organizer (the manager),
 * or one whose title says "1:1" or names a rep; a team meeting names several people. The rep
 * is found by e-mail first, then by the calendar's name for the person, then by the title.
 */
export function oneOnOneSeries(all: CalendarSeries[], reps: RepForMatching[]): OneOnOneSeries[] {
  const found: OneOnOneSeries[] = [];
  for (const series of all) {
    if (!series.recurring || series.occurrences.length === 0) continue;
    const organizerEmail = series.organizer?.email ?? null;
    const others = series.attendees.filter((person) => person.email === null || person.email !== organizerEmail);
    const managerNames = [series.organizer?.name, series.organizer?.email?.split('@')[0]].filter(
      (name): name is string => Boolean(name),
    );
    const titleSaysOneOnOne = ONE_ON_ONE_TITLE.test(series.title);
    const namedRep = repNamedIn(series.title, reps);
    const single = others.length === 1 ? (others[0] ?? null) : null;
    const reason = single
      ? `Two people: you and ${realName(single) ?? single.email ?? 'one guest'}`
      : titleSaysOneOnOne
        ? 'The title says 1:1'
        : namedRep && others.length <= 1
          ? `The title names ${namedRep.name}`
          : null;
    if (!reason) continue;

    const byEmail = single ? reps.find((rep) => sameEmail(rep, single.email)) : undefined;
    const byName =
      single && realName(single)
        ? reps.find((rep) => normalise(rep.name) === normalise(realName(single) ?? ''))
        : undefined;
    const byAnyAttendee = !single
      ? others.map((person) => reps.find((rep) => sameEmail(rep, person.email))).filter(Boolean)
      : [];
    let match: SeriesRepMatch;
    if (byEmail) match = matchOf(byEmail, 'email');
    else if (byName) match = matchOf(byName, 'name');
    else if (byAnyAttendee.length === 1 && byAnyAttendee[0]) match = matchOf(byAnyAttendee[0], 'email');
    else if (namedRep && (!single || single.email === null)) match = matchOf(namedRep, 'title');
    else if (single) {
      match = {
        kind: 'new',
        name:
          realName(single) ?? (single.email ? nameFromEmail(single.email) : nameFromTitle(series.title, managerNames)),
        email: single.email,
      };
    } else match = { kind: 'new', name: nameFromTitle(series.title, managerNames) || series.title, email: null };

    found.push({
      series,
      reason,
      person: single ? { name: realName(single), email: single.email } : null,
      match,
    });
  }
  return found;
}
