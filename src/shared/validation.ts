import { z } from 'zod';
import { isValid, parseISO, format } from 'date-fns';

/** Optional free text: trimmed, empty becomes null, bounded so a paste cannot bloat a row. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

/** A calendar day, `yyyy-MM-dd`, that really exists (2026-02-30 is refused). */
export const calendarDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (yyyy-mm-dd)`)
    .refine((value) => {
      const parsed = parseISO(value);
      return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
    }, `${label} is not a real calendar date`);

/** An instant with an explicit offset (ISO 8601); stored as UTC so it is never ambiguous. */
export const instant = (label: string) => z.iso.datetime({ offset: true, message: `${label} must be a date and time` });

export const entityId = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .positive(`${label} must be positive`);
