import { vi } from 'vitest';

const SystemDateTimeFormat = Intl.DateTimeFormat;

/**
 * Makes the system's locale (`new Intl.DateTimeFormat()` with no locale) `locale`, as if the
 * manager's computer were set to it: its date order, month names and 12- or 24-hour clock.
 * Formatters made at import time keep the real one. Undo with `vi.unstubAllGlobals()`.
 */
export function stubSystemLocale(locale: string): void {
  class DateTimeFormat extends SystemDateTimeFormat {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
      super(locales ?? locale, options);
    }
  }
  vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { DateTimeFormat }));
}
