import { z } from 'zod';
import { isCalendarDate } from '../validation';
import { parseCsv } from './csv';

/** Larger files are refused before parsing: a CRM export of check-ins is far smaller. */
export const CHECK_IN_CSV_MAX_BYTES = 10 * 1024 * 1024;

/** The header the import expects, in any order and case; `note` is optional. */
export const CHECK_IN_CSV_COLUMNS = ['rep email', 'goal title', 'date', 'value'] as const;
const OPTIONAL_COLUMNS = ['note'] as const;
const headerText = CHECK_IN_CSV_COLUMNS.join(', ');
const quote = (name: string) => `"${name}"`;

export interface CheckInImportRow {
  line: number;
  repEmail: string;
  goalTitle: string;
  date: string;
  value: number;
  note: string | null;
}

export interface ImportProblem {
  /** 1-based line in the file; 1 is the header. */
  line: number;
  message: string;
}

export interface CheckInImportCheck {
  /** Rows that would be imported when there are no problems. */
  rowCount: number;
  problems: ImportProblem[];
}

export interface CheckInImportResult {
  imported: number;
  /** Distinct goals that received check-ins. */
  goalCount: number;
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
const TOO_LARGE = 'The file is larger than 10 MB; split it into smaller files.';

/** The CSV text as the shell read it from the file. */
export const importCheckInsSchema = z.object({
  csv: z
    .string({ message: 'The file must be text (CSV)' })
    // A string of more characters than the limit has more bytes too; only a shorter one needs encoding to tell.
    .max(CHECK_IN_CSV_MAX_BYTES, TOO_LARGE)
    .refine(
      (text) => text.length * 3 <= CHECK_IN_CSV_MAX_BYTES || utf8Bytes(text) <= CHECK_IN_CSV_MAX_BYTES,
      TOO_LARGE,
    ),
});

// Plain decimals, optionally with thousands separators, a currency sign or a percent sign, as CRMs export them.
const NUMBER = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

export function parseImportValue(raw: string): number | null {
  const cleaned = raw
    .trim()
    .replace(/^[$€£]/, '')
    .replace(/%$/, '')
    .trim();
  if (!NUMBER.test(cleaned)) return null;
  const value = Number(cleaned.replaceAll(',', ''));
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads and checks the file's shape and each row's own fields. Whether the rep and goal exist
 * and the date is in the goal's period is checked by the service, which knows the database.
 */
export interface CheckInCsvRead {
  /** Data rows in the file (after the header), valid or not. */
  rowCount: number;
  rows: CheckInImportRow[];
  problems: ImportProblem[];
}

export function readCheckInCsv(text: string): CheckInCsvRead {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      rowCount: 0,
      rows: [],
      problems: [{ line: parsed.line, message: `Line ${parsed.line}: ${parsed.message}.` }],
    };
  const [header, ...body] = parsed.records;
  if (!header)
    return {
      rowCount: 0,
      rows: [],
      problems: [{ line: 1, message: `The file is empty; the first line must be the header: ${headerText}.` }],
    };

  const names = header.fields.map((name) => name.trim().toLowerCase());
  const known: readonly string[] = [...CHECK_IN_CSV_COLUMNS, ...OPTIONAL_COLUMNS];
  const missing = CHECK_IN_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !known.includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const parts = [
      missing.length > 0 ? `missing ${missing.map(quote).join(', ')}` : null,
      unknown.length > 0 ? `unexpected ${unknown.map(quote).join(', ')}` : null,
      repeated.length > 0 ? `repeated ${repeated.map(quote).join(', ')}` : null,
    ].filter(Boolean);
    return {
      rowCount: body.length,
      rows: [],
      problems: [
        {
          line: header.line,
          message: `Line ${header.line}: wrong columns (${parts.join('; ')}). Expected: ${headerText}.`,
        },
      ],
    };
  }
  if (body.length === 0)
    return { rowCount: 0, rows: [], problems: [{ line: header.line, message: 'The file has a header but no rows.' }] };

  const column = (fields: string[], name: string): string => (fields[names.indexOf(name)] ?? '').trim();
  const rows: CheckInImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (const record of body) {
    const problem = (message: string) =>
      problems.push({ line: record.line, message: `Line ${record.line}: ${message}` });
    if (record.fields.length !== names.length) {
      problem(`expected ${names.length} fields, found ${record.fields.length}.`);
      continue;
    }
    const repEmail = column(record.fields, 'rep email');
    const goalTitle = column(record.fields, 'goal title');
    const date = column(record.fields, 'date');
    const value = parseImportValue(column(record.fields, 'value'));
    const note = names.includes('note') ? column(record.fields, 'note') : '';
    const before = problems.length;
    if (!repEmail) problem('the rep email is empty.');
    if (!goalTitle) problem('the goal title is empty.');
    if (!isCalendarDate(date)) problem(`"${date}" is not a date; write it as yyyy-mm-dd, like 2026-03-31.`);
    if (value === null) problem(`"${column(record.fields, 'value')}" is not a number.`);
    if (note.length > 1000) problem('the note is longer than 1000 characters.');
    if (problems.length === before && value !== null) {
      rows.push({ line: record.line, repEmail, goalTitle, date, value, note: note || null });
    }
  }
  return { rowCount: body.length, rows, problems };
}
