import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, neutraliseFormula, UTF8_BOM } from '../../../src/main/exports/csv';

/**
 * A strict RFC 4180 reader written for the test (not the code under test): records end with
 * CRLF, fields are separated by commas, a quoted field may hold commas, CR, LF and doubled quotes.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index += 1;
      } else {
        field += char;
        index += 1;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      index += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`bare ${JSON.stringify(char)} at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

/** What a spreadsheet shows for a cell Coachbook wrote: the apostrophe guard removed. */
const shown = (cell: string, original: string) =>
  cell === `'${original}` && /^[=+\-@\t\r]/.test(original) ? original : cell;

describe('CSV writing', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(42.5)).toBe('42.5');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const danger of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://evil","x")']) {
      expect(neutraliseFormula(danger)).toBe(`'${danger}`);
    }
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseFormula('Plan = good')).toBe('Plan = good');
    // Numbers are data, not text: a negative value stays a number.
    expect(csvField(-5)).toBe('-5');
  });

  it('writes a UTF-8 BOM, a header and CRLF after every record', () => {
    const csv = csvDocument(
      ['Name', 'Note'],
      [
        ['Zoë', 'ça va'],
        ['Ana', null],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Name,Note\r\nZoë,ça va\r\nAna,\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('round-trips arbitrary strings through a strict RFC 4180 parser', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const width = rows[0]?.length ?? 1;
          const table = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
          const header = Array.from({ length: width }, (_, index) => `c${index}`);
          const parsed = parseCsv(csvDocument(header, table).slice(UTF8_BOM.length));
          expect(parsed[0]).toEqual(header);
          expect(parsed.slice(1).map((row, r) => row.map((cell, c) => shown(cell, table[r]?.[c] ?? '')))).toEqual(
            table,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a text cell start with a formula character once written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        const [cell] = parseCsv(`${csvField(value)}\r\n`)[0] ?? [];
        expect(cell ?? '').not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});
