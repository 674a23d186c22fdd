import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CALENDAR_FIXTURES = join(import.meta.dirname, '../../fixtures/calendars');

export const fixturePath = (name: string): string => join(CALENDAR_FIXTURES, name);
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** Mia manages from Berlin; the fixtures' one-on-ones start in September and October 2026. */
export const BERLIN = 'Europe/Berlin';
/** Monday 12 October 2026, 08:00 in Berlin. */
export const MONDAY_12_OCTOBER = new Date('2026-10-12T06:00:00.000Z');
