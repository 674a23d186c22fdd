import Database from 'better-sqlite3';

/**
 * Settings every SQLite connection Coachbook opens runs with (they are per connection, not
 * stored in the file):
 * - `trusted_schema = OFF`: triggers, views, defaults and CHECKs of a file from elsewhere (a
 *   restored backup, a file opened with "Open another database") may only call functions SQLite
 *   marks harmless, so a crafted schema cannot run anything else as Coachbook. Coachbook's own
 *   schema needs nothing more (FTS5's commands and the date functions are innocuous).
 * - `secure_delete = ON`: deleted or overwritten content (a private note the manager cleared) is
 *   zeroed instead of lingering in free pages of the file and of every backup copied from it.
 * - `synchronous = FULL`: in WAL mode NORMAL may lose the last committed saves on power loss; FULL
 *   syncs the WAL on every commit, so a save that answered "saved" stays saved.
 */
export function applyConnectionPragmas(db: Database.Database): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('secure_delete = ON');
  db.pragma('synchronous = FULL');
}

export interface OpenSqliteOptions {
  readonly?: boolean;
  nativeBinding?: string;
}

/** A better-sqlite3 handle on an existing file, with Coachbook's connection settings. */
export function openSqliteFile(file: string, options: OpenSqliteOptions = {}): Database.Database {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    nativeBinding: options.nativeBinding,
  });
  try {
    applyConnectionPragmas(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
