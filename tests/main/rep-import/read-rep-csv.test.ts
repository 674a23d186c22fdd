import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../../src/main/domain/rep-import/decode-file';
import { readRepCsv, type RepCsvRead } from '../../../src/main/domain/rep-import/read-rep-csv';
import { repImportTemplate } from '../../../src/main/domain/rep-import/template';

const FIXTURES = join(__dirname, '../../fixtures/rep-lists');

function readFixture(name: string): Extract<RepCsvRead, { ok: true }> {
  const decoded = decodeFile(readFileSync(join(FIXTURES, name)));
  if (!decoded.ok) throw new Error(decoded.message);
  return readOk(decoded.text);
}

function readOk(text: string): Extract<RepCsvRead, { ok: true }> {
  const read = readRepCsv(text);
  if (!read.ok) throw new Error(read.message);
  return read;
}

const fileError = (text: string): string => {
  const read = readRepCsv(text);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.message;
};

const HEADER = 'Name,Email,Title,Team,Territory,Start date,Cadence';
const oneRow = (row: string) => readOk(`${HEADER}\n${row}\n`);

describe('rep lists as spreadsheets write them', () => {
  it('reads Excel’s CSV UTF-8: byte-order mark, CRLF, US dates, quoted commas, cadence words', () => {
    const read = readFixture('excel-utf8.csv');
    expect(read.problems).toEqual([]);
    expect(read.rows.map(({ name, startDate, cadence }) => ({ name, startDate, cadence }))).toEqual([
      { name: 'Dana Whitfield', startDate: '2024-03-15', cadence: 'weekly' },
      { name: 'Marcus Lee', startDate: '2023-01-08', cadence: 'biweekly' },
      { name: 'Priya Natarajan', startDate: '2025-11-04', cadence: 'biweekly' },
      { name: 'Tom Becker', startDate: null, cadence: 'monthly' },
    ]);
    expect(read.rows[1]?.territory).toBe('Boston, MA');
  });

  it('reads European Excel: semicolons, day-first dotted dates, accents, empty rows at the bottom', () => {
    const read = readFixture('excel-european.csv');
    expect(read.problems).toEqual([]);
    expect(read.rowCount).toBe(3);
    expect(read.rows.map(({ name, territory, startDate }) => ({ name, territory, startDate }))).toEqual([
      { name: 'José Álvarez', territory: 'München, Süd', startDate: '2024-03-15' },
      { name: 'Jürgen Müller', territory: 'Wien', startDate: '2023-02-01' },
      { name: 'Élodie Garçon', territory: 'Lyon', startDate: '2025-11-03' },
    ]);
  });

  it('reads Google Sheets: a quoted line break and quotes inside a name, no newline at the end', () => {
    const read = readFixture('google-sheets.csv');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.name)).toEqual(['Sam Ortega', 'Lena Fischer', 'Kai "KJ" Johnson']);
    expect(read.rows[1]?.territory).toBe('Chicago\n(covers Milwaukee too)');
    expect(read.rows[1]?.title).toBe('Account Executive, Strategic');
    // The record after the quoted line break starts on line 5, not 4: errors name the file's own lines.
    expect(read.rows[2]?.line).toBe(5);
  });

  it('reads Numbers: dates with the month as a word', () => {
    const read = readFixture('numbers.csv');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.startDate)).toEqual(['2024-03-15', '2023-01-15']);
  });

  it('reads a CRM export: first and last name columns, its column names, the columns it does not need ignored', () => {
    const read = readFixture('crm-export.csv');
    expect(read.problems).toEqual([]);
    expect(read.ignoredColumns).toEqual(['User ID', 'Active', 'Manager']);
    expect(
      read.rows.map(({ name, email, title, territory, startDate }) => ({ name, email, title, territory, startDate })),
    ).toEqual([
      {
        name: 'Olivia Brooks',
        email: 'Olivia.Brooks@Litware.example',
        title: 'Account Executive',
        territory: 'EMEA North',
        startDate: '2023-04-03',
      },
      {
        name: 'Noah Schmidt',
        email: 'noah.schmidt@litware.example',
        title: 'Enterprise AE',
        territory: 'EMEA Central',
        startDate: '2021-11-22',
      },
      { name: 'Mia', email: 'mia@litware.example', title: 'SDR', territory: null, startDate: null },
    ]);
  });

  it('reads Excel’s plain CSV on Windows, which is Windows-1252 and not UTF-8', () => {
    const read = readFixture('excel-windows-1252.csv');
    expect(read.rows.map((row) => [row.name, row.territory])).toEqual([
      ['René Dubois', 'Île-de-France'],
      ['Zoë Brandt', 'Malmö'],
    ]);
  });

  it('matches header names in any case and with the usual synonyms', () => {
    const read = readOk(
      'FULL NAME;e-mail address;Role;Department;Region;hire_date;1:1 Cadence\nAna;ana@x.example;AE;East;NY;2024-01-02;Monthly\n',
    );
    expect(read.columns.map((column) => column.field)).toEqual([
      'name',
      'email',
      'title',
      'team',
      'territory',
      'startDate',
      'cadence',
    ]);
    expect(read.rows[0]).toMatchObject({ name: 'Ana', team: 'East', territory: 'NY', cadence: 'monthly' });
  });

  it('the downloadable template reads back as two valid reps', () => {
    const read = readOk(repImportTemplate());
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(2);
  });
});

describe('start dates', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/5', '2024-03-05'],
    ['15.03.2024', '2024-03-15'],
    ['03/15/2024', '2024-03-15'],
    ['15/03/2024', '2024-03-15'],
    ['3/15/24', '2024-03-15'],
    ['15-Mar-24', '2024-03-15'],
    ['March 15, 2024', '2024-03-15'],
    ['05/05/2024', '2024-05-05'],
  ])('reads %s as %s', (written, day) => {
    expect(
      oneRow(`Ana,ana@x.example,,,,${written.includes(',') ? `"${written}"` : written},weekly`).rows[0]?.startDate,
    ).toBe(day);
  });

  it('an ambiguous date gets an error on its line rather than a guess', () => {
    const read = oneRow('Ana,ana@x.example,,,,03/04/2024,weekly');
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      {
        line: 2,
        message: expect.stringContaining('"03/04/2024" could be 4 March or 3 April 2024'),
      },
    ]);
    expect(read.problems[0]?.message).toContain('yyyy-mm-dd');
  });

  it('an ambiguous date follows the order the rest of the file shows', () => {
    const dayFirst = readOk(
      `${HEADER}\nAna,ana@x.example,,,,03/04/2024,weekly\nBen,ben@x.example,,,,25/12/2023,weekly\n`,
    );
    expect(dayFirst.rows.map((row) => row.startDate)).toEqual(['2024-04-03', '2023-12-25']);
    const monthFirst = readOk(
      `${HEADER}\nAna,ana@x.example,,,,03/04/2024,weekly\nBen,ben@x.example,,,,12/25/2023,weekly\n`,
    );
    expect(monthFirst.rows.map((row) => row.startDate)).toEqual(['2024-03-04', '2023-12-25']);
  });

  it('a file that shows both orders settles nothing', () => {
    const read = readOk(
      `${HEADER}\nAna,ana@x.example,,,,03/04/2024,weekly\nBen,ben@x.example,,,,25/12/2023,weekly\nCy,cy@x.example,,,,12/25/2023,weekly\n`,
    );
    expect(read.problems.map((problem) => problem.line)).toEqual([2]);
  });

  it.each(['2024-02-30', '31/31/2024', 'next monday', '2024-13-01'])('refuses %s on its line', (written) => {
    const read = oneRow(`Ana,ana@x.example,,,,${written},weekly`);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/^Start date/);
  });
});

describe('cadence words', () => {
  it.each([
    ['weekly', 'weekly'],
    ['Every week', 'weekly'],
    ['bi-weekly', 'biweekly'],
    ['Biweekly', 'biweekly'],
    ['every two weeks', 'biweekly'],
    ['Every 2 weeks', 'biweekly'],
    ['fortnightly', 'biweekly'],
    ['monthly', 'monthly'],
    ['once a month', 'monthly'],
    ['', 'weekly'],
  ])('reads “%s” as %s', (written, cadence) => {
    expect(oneRow(`Ana,ana@x.example,,,,,${written}`).rows[0]?.cadence).toBe(cadence);
  });

  it('a word that is no cadence is an error on its line', () => {
    expect(oneRow('Ana,ana@x.example,,,,,twice a week').problems[0]?.message).toBe(
      'Cadence "twice a week" is not one Coachbook knows; write weekly, every two weeks or monthly.',
    );
  });
});

describe('rows that need fixing', () => {
  it('names every bad line with what is wrong and keeps the good rows apart', () => {
    const read = readFixture('team-with-mistakes.csv');
    expect(read.rows.map((row) => row.name)).toEqual(['Ava Thompson']);
    expect(read.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6]);
    expect(read.problems[0]?.message).toContain('Email must be a valid address');
    expect(read.problems[1]?.message).toContain('"04/05/2024" could be');
    // The same e-mail in another case is the same person.
    expect(read.problems[2]?.message).toBe(
      'The e-mail ava.thompson@ACME.example is already on line 2; keep one of the two rows.',
    );
    expect(read.problems[3]?.message).toContain('"twice a week"');
  });

  it('a row without a name or an e-mail is an error', () => {
    expect(oneRow(',ana@x.example,,,,,').problems[0]?.message).toBe('Name is required.');
    expect(oneRow('Ana,,,,,,').problems[0]?.message).toContain('The e-mail is empty');
  });

  it('a row with more fields than the header (an unquoted comma) is an error, not shifted columns', () => {
    expect(oneRow('Smith, Ana,ana@x.example,,,,,weekly').problems[0]?.message).toContain(
      '8 fields where the header has 7',
    );
  });

  it('reads 10,000 rows', () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, index) => `Rep ${index},rep${index}@x.example,AE,East,NY,2024-01-02,weekly`,
    );
    const read = readOk(`${HEADER}\r\n${lines.join('\r\n')}\r\n\r\n\r\n`);
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(10_000);
    expect(read.rows.at(-1)?.line).toBe(10_001);
  });
});

describe('files that are not a rep list', () => {
  it('an empty file, or blank lines only', () => {
    expect(fileError('')).toBe('The file is empty. Download the template to start from one.');
    expect(fileError('\r\n\r\n  \n')).toBe('The file is empty. Download the template to start from one.');
  });

  it('a header without rows', () => {
    expect(fileError(`${HEADER}\r\n`)).toBe('The file has a header but no reps below it.');
  });

  it('no name or no e-mail column', () => {
    expect(fileError('Email,Team\nana@x.example,East\n')).toMatch(/^No column holds the rep's name/);
    expect(fileError('Name,Team\nAna,East\n')).toMatch(/^No column holds the rep's e-mail/);
  });

  it('two columns for one field', () => {
    expect(fileError('Name,Email,Work Email\nAna,a@x.example,b@x.example\n')).toBe(
      'Both "Email" and "Work Email" look like the e-mail column; keep one of them.',
    );
  });

  it('a quote never closed', () => {
    expect(fileError(`${HEADER}\n"Ana,ana@x.example,,,,,weekly\n`)).toBe('Line 2: a quoted field is never closed.');
  });

  it('a workbook, or any binary file', () => {
    const xlsx = decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(xlsx).toEqual({ ok: false, message: expect.stringContaining('This is a workbook (.xlsx or .numbers)') });
    const png = decodeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(png).toEqual({ ok: false, message: expect.stringContaining('This file is not text') });
  });

  it('UTF-16 text from Excel’s “Unicode Text”, which is tab-separated', () => {
    const text = `\uFEFFName\tEmail\nZoë\tzoe@x.example\n`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    const decoded = decodeFile(bytes);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(readOk(decoded.text).rows[0]).toMatchObject({ name: 'Zoë', email: 'zoe@x.example' });
  });
});
