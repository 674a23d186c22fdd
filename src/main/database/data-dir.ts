import { resolve } from 'node:path';

/** The database file inside the data folder. */
export const DATABASE_FILE_NAME = 'coachbook.sqlite';

const DATA_DIR_FLAG = '--data-dir';
const DATA_DIR_ENV = 'COACHBOOK_DATA_DIR';

export interface ResolveDataDirOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's userData folder in the app; a temp folder in tests. */
  defaultDir: string;
}

/**
 * Where Coachbook keeps its data: `--data-dir <folder>` or `--data-dir=<folder>` first, then
 * `COACHBOOK_DATA_DIR`, else the default. Tests, the seed script and a manager keeping a second
 * book all point the app elsewhere this way. Relative folders resolve against the working folder.
 */
export function resolveDataDir({ argv, env, defaultDir }: ResolveDataDirOptions): string {
  const chosen = dataDirFromArgv(argv) ?? nonEmpty(env[DATA_DIR_ENV]) ?? defaultDir;
  return resolve(chosen);
}

function dataDirFromArgv(argv: readonly string[]): string | undefined {
  // The last flag wins, as with most command-line tools.
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === DATA_DIR_FLAG) found = nonEmpty(argv[index + 1]) ?? found;
    else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) found = nonEmpty(arg.slice(DATA_DIR_FLAG.length + 1)) ?? found;
  });
  return found;
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value : undefined;
