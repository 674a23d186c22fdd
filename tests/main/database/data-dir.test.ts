import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, resolveDataDir } from '../../../src/main/database/data-dir';

const defaultDir = '/home/ana/.config/Coachbook';
const argv = (...args: string[]) => ['/usr/bin/coachbook', '/app/main.js', ...args];

describe('resolveDataDir', () => {
  it('uses the default folder when nothing overrides it', () => {
    expect(resolveDataDir({ argv: argv(), env: {}, defaultDir })).toBe(defaultDir);
  });

  it('takes --data-dir <folder> and --data-dir=<folder>', () => {
    expect(resolveDataDir({ argv: argv('--data-dir', '/tmp/book'), env: {}, defaultDir })).toBe('/tmp/book');
    expect(resolveDataDir({ argv: argv('--data-dir=/tmp/book'), env: {}, defaultDir })).toBe('/tmp/book');
  });

  it('prefers the flag to COACHBOOK_DATA_DIR, and the variable to the default', () => {
    const env = { COACHBOOK_DATA_DIR: '/srv/from-env' };
    expect(resolveDataDir({ argv: argv('--data-dir=/tmp/flag'), env, defaultDir })).toBe('/tmp/flag');
    expect(resolveDataDir({ argv: argv(), env, defaultDir })).toBe('/srv/from-env');
  });

  it('returns an absolute path for a relative folder', () => {
    expect(resolveDataDir({ argv: argv('--data-dir', 'book'), env: {}, defaultDir })).toBe(resolve('book'));
    expect(resolveDataDir({ argv: argv(), env: { COACHBOOK_DATA_DIR: './env-book' }, defaultDir })).toBe(
      resolve('env-book'),
    );
  });

  it('ignores an empty flag or variable', () => {
    expect(resolveDataDir({ argv: argv('--data-dir='), env: { COACHBOOK_DATA_DIR: '' }, defaultDir })).toBe(defaultDir);
    expect(resolveDataDir({ argv: argv('--data-dir'), env: {}, defaultDir })).toBe(defaultDir);
  });

  it('names the database file', () => {
    expect(DATABASE_FILE_NAME).toBe('coachbook.sqlite');
  });
});
