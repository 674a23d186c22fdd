import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCheckInsSchema, parseImportValue, readCheckInCsv } from '@shared/goals/check-in-import';
import { parseCsv } from '@shared/goals/csv';
import { goalChart } from '@shared/goals/goal-chart';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n\nlast,1';
    const parsed = parseCsv(text);
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"'] },
        { line: 3, fields: ['two\nlines', 'z'] },
        { line: 6, fields: ['last', '1'] },
      ],
    });
  });

  it('ignores a byte-order mark and a trailing newline, keeps empty fields', () => {
    expect(parseCsv('\uFEFFa,b\n,\n')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['', ''] },
      ],
    });
  });

  it('names the line of an unclosed quote, a stray quote and text after a closing quote', () => {
    expect(parseCsv('a\n"open\nstill open')).toMatchObject({
      ok: false,
      line: 2,
      message: expect.stringContaining('never closed'),
    });
    expect(parseCsv('a\nb"c')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a\n"b"c')).toMatchObject({ ok: false, line: 2 });
  });

  it('never throws, and unquoted simple tables round-trip', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseCsv(text)));
    const cell = fc.stringMatching(/^[a-z0-9 .]{0,8}$/);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const parsed = parseCsv(rows.map((row) => row.join(',')).join('\r\n'));
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect(parsed.records.map((record) => record.fields)).toEqual(rows.filter((row) => row.join(',') !== ''));
      }),
    );
  });
});

describe('readCheckInCsv', () => {
  const header = 'rep email,goal title,date,value';

  it('reads rows in any column order, with an optional note, and CRM-style numbers', () => {
    const { rows, problems } = readCheckInCsv(
      'Value,Date,Goal Title,Rep Email,Note\n"12,500",2026-11-02,Q4 quota,ana@example.com,from the CRM\n45%,2026-11-03,Win rate,ana@example.com,',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        repEmail: 'ana@example.com',
        goalTitle: 'Q4 quota',
        date: '2026-11-02',
        value: 12500,
        note: 'from the CRM',
      },
      { line: 3, repEmail: 'ana@example.com', goalTitle: 'Win rate', date: '2026-11-03', value: 45, note: null },
    ]);
  });

  it('refuses wrong columns, naming what is missing and what is unexpected', () => {
    const { problems } = readCheckInCsv('email,goal,date,value\na,b,2026-01-01,1');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /Line 1: wrong columns \(missing "rep email", "goal title"; unexpected "email", "goal"\)/,
    );
  });

  it('requires a header and at least one row', () => {
    expect(readCheckInCsv('').problems[0]?.message).toMatch(/empty/);
    expect(readCheckInCsv(`${header}\n`).problems[0]?.message).toMatch(/no rows/);
  });

  it('lists every bad row by line: bad dates, bad numbers, empty fields, wrong field counts', () => {
    const { rows, problems } = readCheckInCsv(
      `${header}\nana@example.com,Q4,2026-02-30,10\nana@example.com,Q4,31/03/2026,10\nana@example.com,Q4,2026-03-01,ten\n,Q4,2026-03-01,1\nana@example.com,Q4,2026-03-01\nana@example.com,Q4,2026-03-02,7`,
    );
    expect(rows.map((row) => row.line)).toEqual([7]);
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]?.message).toMatch(/^Line 2: "2026-02-30" is not a date/);
    expect(problems[2]?.message).toMatch(/"ten" is not a number/);
    expect(problems[4]?.message).toMatch(/expected 4 fields, found 3/);
  });

  it('parses values strictly', () => {
    expect(parseImportValue('1,234.5')).toBe(1234.5);
    expect(parseImportValue('$300,000')).toBe(300000);
    expect(parseImportValue('-3')).toBe(-3);
    for (const bad of ['', '1,2', '1e5', 'NaN', 'Infinity', '12,5000', '--1', '0x10'])
      expect(parseImportValue(bad)).toBeNull();
  });

  it('the boundary refuses a file over 10 MB', () => {
    expect(importCheckInsSchema.safeParse({ csv: 'x'.repeat(10 * 1024 * 1024 + 1) }).success).toBe(false);
    // Under the limit in characters but over it in UTF-8 bytes.
    expect(importCheckInsSchema.safeParse({ csv: 'é'.repeat(6 * 1024 * 1024) }).success).toBe(false);
    expect(importCheckInsSchema.safeParse({ csv: 'x'.repeat(1024) }).success).toBe(true);
  });
});

describe('goalChart', () => {
  it('sorts check-ins and draws the straight line from start to target, with today on it', () => {
    const chart = goalChart(
      { startValue: 0, targetValue: 100, startDate: '2026-01-01', endDate: '2026-01-11' },
      [
        { date: '2026-01-06', value: 40 },
        { date: '2026-01-03', value: 10 },
      ],
      '2026-01-06',
    );
    expect(chart.checkIns.map((point) => point.date)).toEqual(['2026-01-03', '2026-01-06']);
    expect(chart.targetLine).toEqual([
      { date: '2026-01-01', value: 0 },
      { date: '2026-01-11', value: 100 },
    ]);
    expect(chart.expectedToday).toEqual({ date: '2026-01-06', value: 50 });
    expect(
      goalChart({ startValue: 0, targetValue: 1, startDate: '2026-01-01', endDate: '2026-01-11' }, [], '2026-02-01')
        .expectedToday,
    ).toBeNull();
  });
});
