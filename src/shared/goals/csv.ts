/*
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF alone is accepted too, since
 * spreadsheets on macOS and Linux write it); a field in double quotes may hold commas, line
 * breaks and "" for a quote. Records carry the line they start on, so errors can name it.
 * Excel in locales whose decimal mark is a comma (most of Europe) separates fields with
 * semicolons instead; `separator` reads those files, `detectSeparator` tells which one it is.
 */

export type CsvSeparator = ',' | ';' | '\t';
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/**
 * The separator of a file, judged by its first line outside quotes: the one that occurs most
 * (a header of names holds none of them otherwise). Ties and none go to the comma.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  const isSeparator = (char: string): char is CsvSeparator => Object.hasOwn(counts, char);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (isSeparator(char)) counts[char] += 1;
  }
  return SEPARATORS.reduce((best, separator) => (counts[separator] > counts[best] ? separator : best));
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string, separator: CsvSeparator = ','): CsvParse {
  const records: CsvRecord[] = [];
  // A byte-order mark is how Excel marks UTF-8; it is not part of the first header.
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let atFieldStart = true;

  const endRecord = () => {
    fields.push(field);
    // A blank line (one empty field) is skipped, so a trailing newline is harmless.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };

  while (index < text.length) {
    const char = text[index];
    if (char === '"' && atFieldStart) {
      const quoteLine = line;
      index += 1;
      for (;;) {
        if (index >= text.length) return { ok: false, line: quoteLine, message: 'a quoted field is never closed' };
        const inner = text[index];
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\n') line += 1;
        field += inner;
        index += 1;
      }
      const next = text[index];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        return { ok: false, line, message: 'text follows a closing quote; put the whole field in quotes' };
      }
      atFieldStart = false;
      continue;
    }
    if (char === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      endRecord();
      line += 1;
      recordLine = line;
      continue;
    }
    if (char === '"') return { ok: false, line, message: 'a quote inside an unquoted field; quote the whole field' };
    field += char;
    atFieldStart = false;
    index += 1;
  }
  if (!atFieldStart || field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}
