import { detectSeparator, parseCsv } from '@shared/goals/csv';
import { repFieldsSchema } from '@shared/reps/rep';
import type { RepImportColumn, RepImportProblem, RepImportRow } from '@shared/reps/rep-import';
import { readCadence } from './cadence-words';
import { matchColumns } from './columns';
import { fileDayMonthOrder, readStartDate, resolveAmbiguous, type StartDateRead } from './start-dates';

export type RepCsvRead =
  | {
      ok: true;
      /** Data rows in the file, blank ones left out. */
      rowCount: number;
      /** The valid rows; only imported when `problems` is empty. */
      rows: RepImportRow[];
      problems: RepImportProblem[];
      columns: RepImportColumn[];
      ignoredColumns: string[];
    }
  /** The file as a whole cannot be read: no rows to speak of. */
  | { ok: false; message: string };

/** An e-mail as the book compares it: mail systems treat Ana@Example.com and ana@example.com as one. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

const isBlank = (fields: readonly string[]) => fields.every((field) => field.trim() === '');

/**
 * Checks a rep list on its own (the service checks it against the book): columns by their
 * names, every row's fields, and e-mails repeated inside the file.
 */
export function readRepCsv(text: string): RepCsvRead {
  if (text.trim() === '') return { ok: false, message: 'The file is empty. Download the template to start from one.' };
  const parsed = parseCsv(text, detectSeparator(text.replace(/^\uFEFF/, '')));
  if (!parsed.ok) return { ok: false, message: `Line ${parsed.line}: ${parsed.message}.` };
  // Spreadsheets save rows left empty at the bottom as lines of bare separators.
  const [header, ...body] = parsed.records.filter((record) => !isBlank(record.fields));
  if (!header) return { ok: false, message: 'The file is empty. Download the template to start from one.' };
  const match = matchColumns(header.fields);
  if (!match.ok) return { ok: false, message: match.message };
  if (body.length === 0) return { ok: false, message: 'The file has a header but no reps below it.' };

  const { indexOf } = match;
  const cell = (fields: readonly string[], index: number | undefined) =>
    index === undefined ? '' : (fields[index] ?? '').trim();
  const dates: Array<StartDateRead | null> = body.map((record) =>
    readStartDate(cell(record.fields, indexOf.startDate)),
  );
  const order = fileDayMonthOrder(dates);

  const rows: RepImportRow[] = [];
  const problems: RepImportProblem[] = [];
  const firstLineOfEmail = new Map<string, number>();
  for (const [position, record] of body.entries()) {
    const { line, fields } = record;
    const lineProblems: string[] = [];
    if (fields.length !== header.fields.length) {
      problems.push({
        line,
        message:
          `${fields.length} fields where the header has ${header.fields.length}; ` +
          'a value with a comma or semicolon in it must be in double quotes.',
      });
      continue;
    }
    const name =
      cell(fields, indexOf.name) ||
      [cell(fields, indexOf.firstName), cell(fields, indexOf.lastName)].filter(Boolean).join(' ');
    const email = cell(fields, indexOf.email);
    const rawDate = cell(fields, indexOf.startDate);
    const date = dates[position] ?? null;
    let startDate: string | null = null;
    if (date?.kind === 'day') startDate = date.day;
    else if (date?.kind === 'invalid') lineProblems.push(`start date ${date.message}`);
    else if (date?.kind === 'ambiguous') {
      const resolved = resolveAmbiguous(rawDate, date, order);
      if ('day' in resolved) startDate = resolved.day;
      else lineProblems.push(`start date ${resolved.message}`);
    }
    const rawCadence = cell(fields, indexOf.cadence);
    const cadence = readCadence(rawCadence);
    if (cadence === null) {
      lineProblems.push(
        `cadence "${rawCadence}" is not one Coachbook knows; write weekly, every two weeks or monthly.`,
      );
    }
    if (!email)
      lineProblems.push('the e-mail is empty; every rep needs one, so a second import cannot add them twice.');

    const fieldsCheck = repFieldsSchema.safeParse({
      name,
      email: email || null,
      title: cell(fields, indexOf.title),
      team: cell(fields, indexOf.team),
      territory: cell(fields, indexOf.territory),
      startDate,
      cadence: cadence ?? 'weekly',
    });
    if (!fieldsCheck.success) {
      for (const issue of fieldsCheck.error.issues) lineProblems.push(lowerFirst(issue.message));
    }

    if (email) {
      const earlier = firstLineOfEmail.get(emailKey(email));
      if (earlier === undefined) firstLineOfEmail.set(emailKey(email), line);
      else lineProblems.push(`the e-mail ${email} is already on line ${earlier}; keep one of the two rows.`);
    }

    if (!fieldsCheck.success || fieldsCheck.data.email === null || cadence === null || lineProblems.length > 0) {
      problems.push({ line, message: asSentences(lineProblems) });
      continue;
    }
    const valid = fieldsCheck.data;
    rows.push({
      line,
      name: valid.name,
      email: fieldsCheck.data.email,
      title: valid.title,
      team: valid.team,
      territory: valid.territory,
      startDate: valid.startDate,
      cadence,
    });
  }
  return { ok: true, rowCount: body.length, rows, problems, columns: match.columns, ignoredColumns: match.ignored };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const asSentences = (parts: readonly string[]) =>
  parts.map((part) => upperFirst(part.endsWith('.') ? part : `${part}.`)).join(' ');
