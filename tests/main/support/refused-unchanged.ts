import { expect } from 'vitest';
import type { ApiMethod } from '@shared/api/contract';
import type { TempCore } from './temp-core';

/** Every row of each table, in id order. */
export async function tableRows(app: TempCore, tables: readonly string[]): Promise<Record<string, unknown>> {
  const dataSource = app.core.dataSource;
  if (!dataSource) throw new Error('no database');
  const rows: Record<string, unknown> = {};
  for (const table of tables) rows[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY id`);
  return rows;
}

/**
 * The check a bad-input suite makes of every bad call: it fails with an error matching `expected`
 * and leaves every row of `tables` (what the call could have touched) as it was.
 */
export function refusedUnchanged(app: TempCore, tables: readonly string[]) {
  return async (method: ApiMethod, input: unknown, expected: Record<string, unknown>): Promise<void> => {
    const before = await tableRows(app, tables);
    expect(await app.callError(method, input)).toMatchObject(expected);
    expect(await tableRows(app, tables)).toEqual(before);
  };
}
