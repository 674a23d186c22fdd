import { describe, expect, it } from 'vitest';
import { parseDatabaseFileArg, relaunchArgsForDatabase } from '../../../src/main/shell/database-file-arg';

const cwd = '/home/ana';

describe('parseDatabaseFileArg', () => {
  it('reads --database-file <path> and --database-file=<path>', () => {
    expect(parseDatabaseFileArg(['/app/coachbook', '--database-file', '/data/team-b.sqlite'], cwd)).toBe(
      '/data/team-b.sqlite',
    );
    expect(parseDatabaseFileArg(['/app/coachbook', '--database-file=/data/team b.sqlite'], cwd)).toBe(
      '/data/team b.sqlite',
    );
  });

  it('resolves a relative path against the working folder', () => {
    expect(parseDatabaseFileArg(['--database-file', 'books/q3.sqlite'], cwd)).toBe('/home/ana/books/q3.sqlite');
  });

  it('lets the last flag win', () => {
    expect(parseDatabaseFileArg(['--database-file', '/a.sqlite', '--database-file=/b.sqlite'], cwd)).toBe('/b.sqlite');
  });

  it('is undefined without the flag or without a value', () => {
    expect(parseDatabaseFileArg(['/app/coachbook', '.', '--data-dir', '/tmp/x'], cwd)).toBeUndefined();
    expect(parseDatabaseFileArg(['--database-file'], cwd)).toBeUndefined();
    expect(parseDatabaseFileArg(['--database-file='], cwd)).toBeUndefined();
    expect(parseDatabaseFileArg(['--database-file', '   '], cwd)).toBeUndefined();
    expect(parseDatabaseFileArg(['--database-file', '--data-dir', '/tmp/x'], cwd)).toBeUndefined();
  });

  it('does not mistake look-alike flags', () => {
    expect(parseDatabaseFileArg(['--database-files', '/a.sqlite', '--database-filex=/b.sqlite'], cwd)).toBeUndefined();
  });
});

describe('relaunchArgsForDatabase', () => {
  it('keeps today’s arguments and adds the chosen file', () => {
    expect(relaunchArgsForDatabase(['.', '--data-dir', '/tmp/x'], '/data/b.sqlite')).toEqual([
      '.',
      '--data-dir',
      '/tmp/x',
      '--database-file=/data/b.sqlite',
    ]);
  });

  it('replaces an earlier choice in either form', () => {
    expect(
      relaunchArgsForDatabase(['.', '--database-file', '/a.sqlite', '--database-file=/c.sqlite'], '/b.sqlite'),
    ).toEqual(['.', '--database-file=/b.sqlite']);
  });

  it('keeps a path with spaces or a leading dash in one argument', () => {
    const args = relaunchArgsForDatabase([], '/data/-odd name.sqlite');
    expect(args).toEqual(['--database-file=/data/-odd name.sqlite']);
    expect(parseDatabaseFileArg(args, cwd)).toBe('/data/-odd name.sqlite');
  });

  it('round-trips through the parser', () => {
    expect(parseDatabaseFileArg(relaunchArgsForDatabase(['--database-file', '/old.sqlite'], '/new.sqlite'), cwd)).toBe(
      '/new.sqlite',
    );
  });
});
