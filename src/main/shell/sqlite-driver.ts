import Database from 'better-sqlite3';

export interface SqliteDriverProblem {
  title: string;
  message: string;
}

export type SqliteDriverCheck = { ok: true } | { ok: false; problem: SqliteDriverProblem; error: unknown };

export interface SqliteDriverOptions {
  /** The Electron-ABI better-sqlite3 build, when there is one (native-binding.ts). */
  nativeBinding: string | undefined;
  /** A packaged app cannot be rebuilt by its user: the fix is a reinstall. */
  isPackaged: boolean;
}

/**
 * Loads the SQLite driver once, on an in-memory database, before any file is touched. A driver
 * built for another Node or Electron (ERR_DLOPEN_FAILED, NODE_MODULE_VERSION) is then its own
 * problem with its own fix, instead of surfacing as "Coachbook could not read this database file"
 * and sending the manager to restore backups of a file that is fine.
 */
export function checkSqliteDriver(
  options: SqliteDriverOptions,
  open: (nativeBinding: string | undefined) => void = openInMemory,
): SqliteDriverCheck {
  try {
    open(options.nativeBinding);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: sqliteDriverProblem(options, error), error };
  }
}

function openInMemory(nativeBinding: string | undefined): void {
  new Database(':memory:', { nativeBinding }).close();
}

/** What the manager reads: which driver, why (in a few words), what to do, and that the data is safe. */
export function sqliteDriverProblem(options: SqliteDriverOptions, error: unknown): SqliteDriverProblem {
  const fix = options.isPackaged
    ? 'Reinstall Coachbook to repair it.'
    : 'In the Coachbook folder run "npm run rebuild:electron-native" (npm start does it too), then open Coachbook again.';
  return {
    title: "Coachbook can't load its SQLite driver",
    message: [
      `The SQLite driver (better-sqlite3) ${where(options.nativeBinding)} could not be loaded: ${reason(error)}`,
      fix,
      'Your database was not opened and nothing in it was changed.',
    ].join('\n\n'),
  };
}

function where(nativeBinding: string | undefined): string {
  return nativeBinding ? `at ${nativeBinding}` : 'in node_modules (built for Node, not for Electron)';
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/NODE_MODULE_VERSION/.test(text)) return 'it was built for another version of Electron or Node.';
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const firstLine = text.split('\n')[0] ?? text;
  return code === 'ERR_DLOPEN_FAILED' ? `the system refused to load it (${firstLine}).` : `${firstLine}.`;
}
