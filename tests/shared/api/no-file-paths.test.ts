import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContract } from '@shared/api/contract';

/*
 * The renderer never names a file. Paths come from main's own dialogs or
 * from main's own lists (a backup is restored by the id backup.list gave it), so a compromised
 * renderer cannot make main read, overwrite or restore from a file of its choosing.
 */

/** Field names that would carry a file system location. */
const PATH_LIKE = /path|file|folder|dir(ectory)?$|^(dest(ination)?|location|target)$/i;

/** Every property name anywhere in a JSON Schema (nested objects, arrays, unions, definitions). */
function propertyNames(schema: unknown, seen = new Set<unknown>()): string[] {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return [];
  seen.add(schema);
  const names: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) names.push(...Object.keys(value));
    names.push(...propertyNames(value, seen));
  }
  return names;
}

const methods = Object.entries(apiContract).map(([method, spec]) => [method, spec.input] as const);

describe('no API method takes a file path from the renderer', () => {
  it('walks every method of the contract', () => {
    expect(methods.length).toBeGreaterThan(60);
  });

  it.each(methods)('%s', (_method, input) => {
    const json = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' });
    expect(propertyNames(json).filter((name) => PATH_LIKE.test(name))).toEqual([]);
  });
});
