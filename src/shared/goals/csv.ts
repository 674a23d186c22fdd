/*
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF alone is accepted too, since
 * spreadsheets on macOS and Linux write it); a field in double quotes may hold commas, line
 * breaks and "" for a quote. Records carry the line they start on, so errors can name it.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParse {
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
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, line, message: 'text follows a closing quote; put the whole field in quotes' };
      }
      atFieldStart = false;
      continue;
    }
    if (char === ',') {
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
