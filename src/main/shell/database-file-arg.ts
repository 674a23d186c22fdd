import { resolve } from 'node:path';

export const DATABASE_FILE_FLAG = '--database-file';

/**
 * The database chosen with "Open Another Database…", which relaunches Coachbook with
 * `--database-file <path>` (or `--database-file=<path>`). The last flag wins, as for
 * `--data-dir`; a relative path resolves against `cwd`. Undefined means the default file.
 */
export function parseDatabaseFileArg(argv: readonly string[], cwd: string): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === DATABASE_FILE_FLAG) found = usable(argv[index + 1]) ?? found;
    else if (arg.startsWith(`${DATABASE_FILE_FLAG}=`))
      found = usable(arg.slice(DATABASE_FILE_FLAG.length + 1)) ?? found;
  });
  return found === undefined ? undefined : resolve(cwd, found);
}

/**
 * The arguments for relaunching on `databaseFile`: today's arguments (the app path in
 * development, `--data-dir`, …) without any earlier choice, plus the new one.
 */
export function relaunchArgsForDatabase(currentArgs: readonly string[], databaseFile: string): string[] {
  const kept: string[] = [];
  for (let index = 0; index < currentArgs.length; index += 1) {
    const arg = currentArgs[index] ?? '';
    if (arg === DATABASE_FILE_FLAG) {
      if (usable(currentArgs[index + 1]) !== undefined) index += 1;
      continue;
    }
    if (arg.startsWith(`${DATABASE_FILE_FLAG}=`)) continue;
    kept.push(arg);
  }
  return [...kept, `${DATABASE_FILE_FLAG}=${databaseFile}`];
}

/** A value, not a missing one or the next flag. */
const usable = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' && !value.startsWith('--') ? value : undefined;
