/*
 * RFC 4180 CSV for spreadsheets: CRLF between records, fields quoted when they hold a quote,
 * comma, CR or LF (quotes doubled), UTF-8 with a byte-order mark so Excel reads the accents.
 */

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab / CR that it strips first) as a
 * formula: "=HYPERLINK(…)" in an action-item title would execute on open. Such text gets a
 * leading apostrophe, which spreadsheets show as plain text (OWASP's CSV-injection advice).
 * Numbers are written as numbers: a negative goal value is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRecord = (cells: readonly CsvCell[]): string => cells.map(csvField).join(',');

export const UTF8_BOM = '\uFEFF';

/** A whole CSV file: BOM, header, records, each ended by CRLF. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [csvRecord(header)];
  for (const row of rows) lines.push(csvRecord(row));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
